import { useTranslation } from 'react-i18next';
import { useParticipationFormula } from '../../hooks/use-participation-formula';
import { type EntryData, formatScore } from '../../utils/campaign-model';
import { ComputedActivities } from './computed-activities';
import { formatDateTime } from '../../../../lib/format';

/**
 * A computed indicator's value: what the system measured, from which source, when; for a
 * participation rate the formula (verified people ÷ the population of the kind, roster or
 * declared) and who was left out. Figures counted before rosters are labelled so.
 */
export function ComputedValue({
  entry,
  countedBeforeRosters = false,
}: {
  entry: EntryData;
  countedBeforeRosters?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { formula, notCounted } = useParticipationFormula();
  if (!entry.computed) return <p className="muted">{t('campaigns.sheet.computedPending')}</p>;
  let source: { kind?: string; participants?: number; eligible?: number } = {};
  try {
    source = JSON.parse(entry.computed.source) as typeof source;
  } catch {
    // Shown without its source.
  }
  const when = formatDateTime(entry.computed.computedAt);
  const participation = entry.computed.participation;
  const beforeRosters = countedBeforeRosters || participation?.basis === 'BEFORE_ROSTERS';
  return (
    <div className="sheet-card__computed" data-testid={`computed-${entry.indicatorCode}`}>
      <p>
        {t('campaigns.sheet.computedValue', {
          value: formatScore(entry.computed.value * 100, i18n.language),
          source: source.kind ? t(`campaigns.source.${source.kind}`) : '',
          when,
        })}
        {!participation && source.participants !== undefined && (
          <>
            {' '}
            · {t('campaigns.sheet.participants', { participants: source.participants, eligible: source.eligible ?? 0 })}
          </>
        )}
      </p>
      {participation && (
        <p className="cmp-formula" data-testid={`computed-formula-${entry.indicatorCode}`}>
          {formula(participation)}
          {notCounted(participation).map((line) => (
            <span key={line} className="cmp-formula__left-out">
              {' '}
              · {line}
            </span>
          ))}
        </p>
      )}
      {source.kind === 'ACTIVITY' && <ComputedActivities entryId={entry.id} indicatorCode={entry.indicatorCode} />}
      {beforeRosters && (
        <p>
          <span className="badge cmp-before-rosters" data-testid="counted-before-rosters">
            {t('campaigns.formula.countedBeforeRosters')}
          </span>
        </p>
      )}
    </div>
  );
}

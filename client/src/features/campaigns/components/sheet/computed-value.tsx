import { useTranslation } from 'react-i18next';
import { type EntryData, formatScore } from '../../utils/campaign-model';

/** A computed indicator's value: what the system measured, from which source, when. */
export function ComputedValue({ entry }: { entry: EntryData }) {
  const { t, i18n } = useTranslation();
  if (!entry.computed) return <p className="muted">{t('campaigns.sheet.computedPending')}</p>;
  let source: { kind?: string; participants?: number; eligible?: number } = {};
  try {
    source = JSON.parse(entry.computed.source) as typeof source;
  } catch {
    // Shown without its source.
  }
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(entry.computed.computedAt),
  );
  return (
    <p className="sheet-card__computed">
      {t('campaigns.sheet.computedValue', {
        value: formatScore(entry.computed.value * 100, i18n.language),
        source: source.kind ? t(`campaigns.source.${source.kind}`) : '',
        when,
      })}
      {source.participants !== undefined && (
        <>
          {' '}
          · {t('campaigns.sheet.participants', { participants: source.participants, eligible: source.eligible ?? 0 })}
        </>
      )}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import { checkMark, checkTone, figureText, type CheckRow } from '../../utils/proposal-view';

export interface ConditionListProps {
  checks: readonly CheckRow[];
  /** Given while the round is proposing: a CONFIRMED condition can be confirmed. */
  onConfirm?: (check: CheckRow) => void;
}

/** A proposal's checklist: ✓ met, ✗ not met, ? to confirm, with the figure or the evidence. */
export function ConditionList({ checks, onConfirm }: ConditionListProps) {
  const { t, i18n } = useTranslation();
  if (checks.length === 0) return null;
  return (
    <ul className="cm-checks">
      {checks.map((c) => {
        const figure = figureText(t, c, i18n.language);
        return (
          <li
            key={c.conditionId}
            className={`cm-check cm-check--${checkTone(c.met)}`}
            data-testid={`check-${c.conditionId}`}
          >
            <span className="cm-check__mark" aria-hidden="true">
              {checkMark(c.met)}
            </span>
            <span className="cm-check__body">
              <span className="sr-only">{t(`commendation.conditions.met.${String(c.met)}`)}: </span>
              <span>{c.label}</span>
              {figure && <span className="muted"> — {figure}</span>}
              {c.evidence && (
                <span className="cm-check__evidence">
                  {t('commendation.conditions.evidence', { evidence: c.evidence })}
                </span>
              )}
            </span>
            {onConfirm && c.kind === 'CONFIRMED' && (
              <Button size="small" variant="ghost" onClick={() => onConfirm(c)}>
                {t('commendation.proposals.confirm')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

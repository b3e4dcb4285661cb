import { useTranslation } from 'react-i18next';
import type { LateRuleKind } from '../../../../generated/graphql';
import { parseNumber } from '../../utils/campaign-model';

/** What the late-rule fields hold as typed: the kind and the numbers as text. */
export interface LateRuleDraft {
  kind: LateRuleKind;
  perDay: string;
  max: string;
  replyDays: string;
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function lateRuleDraft(
  rule: { kind: LateRuleKind; pointsPerDay: number | null; maxPoints: number | null },
  replyDays: number,
): LateRuleDraft {
  return { kind: rule.kind, perDay: text(rule.pointsPerDay), max: text(rule.maxPoints), replyDays: String(replyDays) };
}

/** The draft as the API takes it; a reply window left empty or unreadable keeps `fallbackReplyDays`. */
export function lateRuleInput(draft: LateRuleDraft, fallbackReplyDays: number) {
  const perDay = draft.kind === 'POINTS_PER_DAY';
  return {
    lateRule: {
      kind: draft.kind,
      pointsPerDay: perDay ? parseNumber(draft.perDay) : null,
      maxPoints: perDay ? parseNumber(draft.max) : null,
    },
    replyDays: Math.round(parseNumber(draft.replyDays) ?? fallbackReplyDays),
  };
}

/** A period's late rule (none, points off per day up to a cap, not ranked) and reply window. */
export function LateRuleFields({
  value,
  onChange,
  disabled = false,
  idPrefix,
}: {
  value: LateRuleDraft;
  onChange: (next: LateRuleDraft) => void;
  disabled?: boolean;
  /** Names the controls for tests (`${idPrefix}-late-kind`, …). */
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<LateRuleDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <label>
        <span>{t('campaigns.setup.lateRule')}</span>
        <select
          value={value.kind}
          disabled={disabled}
          data-testid={`${idPrefix}-late-kind`}
          onChange={(e) => set({ kind: e.target.value as LateRuleKind })}
        >
          {(['NONE', 'POINTS_PER_DAY', 'NOT_RANKED'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`campaigns.setup.lateRuleOf.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {value.kind === 'POINTS_PER_DAY' && (
        <>
          <label className="cmp-tree__num">
            <span>{t('campaigns.setup.pointsPerDay')}</span>
            <input
              inputMode="decimal"
              disabled={disabled}
              data-testid={`${idPrefix}-late-per-day`}
              value={value.perDay}
              onChange={(e) => set({ perDay: e.target.value })}
            />
          </label>
          <label className="cmp-tree__num">
            <span>{t('campaigns.setup.lateMax')}</span>
            <input
              inputMode="decimal"
              disabled={disabled}
              data-testid={`${idPrefix}-late-max`}
              value={value.max}
              onChange={(e) => set({ max: e.target.value })}
            />
          </label>
        </>
      )}
      <label className="cmp-tree__num">
        <span>{t('campaigns.setup.replyDays')}</span>
        <input
          inputMode="numeric"
          disabled={disabled}
          data-testid={`${idPrefix}-reply-days`}
          value={value.replyDays}
          onChange={(e) => set({ replyDays: e.target.value })}
        />
      </label>
    </>
  );
}

import type { IndicatorDef, IndicatorKind } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { bumpedValue } from '../../utils/sheet-preview';

interface IndicatorValueProps {
  indicator: IndicatorDef;
  value: string;
  invalid: boolean;
  editable: boolean;
  /** The card's id prefix: `-title` labels the yes/no group, `-score` describes the input. */
  idBase: string;
  onChange: (value: string) => void;
  onCommit: () => void;
}

/** Figures typed as they are (achieved results, rates): no − and + beside. */
const PLAIN_FIGURE: ReadonlySet<IndicatorKind> = new Set(['TARGET', 'THRESHOLD', 'RELATIVE_TO_BEST', 'WARD_RATE']);

/** What the unit enters: yes/no as two big buttons, a figure as a number, the rest with − and + beside. */
export function IndicatorValue({
  indicator: ind,
  value,
  invalid,
  editable,
  idBase,
  onChange,
  onCommit,
}: IndicatorValueProps) {
  const { t, i18n } = useTranslation();
  const code = ind.code;
  if (ind.kind === 'YES_NO') {
    return (
      <div
        className="sheet-yesno"
        role="radiogroup"
        aria-labelledby={`${idBase}-title`}
        data-testid={`sheet-value-${code}`}
      >
        {(['1', '0'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={value === v}
            disabled={!editable}
            className={`sheet-yesno__btn${value === v ? ' is-on' : ''}`}
            data-testid={`sheet-value-${code}-${v === '1' ? 'yes' : 'no'}`}
            onClick={() => {
              onChange(v);
              onCommit();
            }}
          >
            {v === '1' ? `✓ ${t('campaigns.sheet.yes')}` : `✗ ${t('campaigns.sheet.no')}`}
          </button>
        ))}
      </div>
    );
  }

  const step = ind.kind === 'MANUAL' ? (ind.step ?? 1) : 1;
  const bump = (delta: number) => {
    onChange(bumpedValue(ind, value, delta, i18n.language));
    onCommit();
  };
  const input = (
    <input
      id={`${idBase}-value`}
      className="sheet-card__input"
      data-testid={`sheet-value-${code}`}
      inputMode={ind.kind === 'COUNT' || ind.kind === 'RATE' ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={value}
      disabled={!editable}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={`${idBase}-score`}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onCommit}
    />
  );
  return (
    <div className="sheet-card__value">
      <label htmlFor={`${idBase}-value`} className="sheet-card__label">
        {t(`campaigns.valueLabel.${ind.kind}`)}
      </label>
      {PLAIN_FIGURE.has(ind.kind) ? (
        input
      ) : (
        <div className="sheet-stepper">
          <button
            type="button"
            className="sheet-stepper__btn"
            disabled={!editable}
            onClick={() => bump(-step)}
            aria-label={t('campaigns.sheet.less')}
          >
            −
          </button>
          {input}
          <button
            type="button"
            className="sheet-stepper__btn"
            disabled={!editable}
            onClick={() => bump(step)}
            aria-label={t('campaigns.sheet.more')}
          >
            +
          </button>
        </div>
      )}
    </div>
  );
}

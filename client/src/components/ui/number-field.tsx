import { useState } from 'react';
import { Field } from './field';
import { splitFieldProps, type FieldBaseProps } from './field-props';

export interface NumberFieldProps extends FieldBaseProps {
  value: number | null;
  onChange: (value: number | null) => void;
  /** Whether a decimal may be typed (`.` or `,`); whole numbers only when false. */
  decimal?: boolean;
  /** Whether a minus sign may be typed. */
  allowNegative?: boolean;
  placeholder?: string;
  onBlur?: () => void;
  'data-testid'?: string;
  'aria-label'?: string;
}

/** The number a draft stands for: null when empty or unfinished ("-", "."), a comma read as a point. */
export function parseNumberDraft(draft: string): number | null {
  const text = draft.trim().replace(',', '.');
  if (text === '' || text === '-' || text === '.' || text === '-.') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function draftPattern(decimal: boolean, allowNegative: boolean): RegExp {
  return new RegExp(`^${allowNegative ? '-?' : ''}\\d*${decimal ? '([.,]\\d*)?' : ''}$`);
}

/**
 * A labelled number input that lets the user type freely ("", "1.", "-0,5") while the page
 * holds a `number | null`. Keys that cannot make a number are ignored.
 */
export function NumberField(props: NumberFieldProps) {
  const {
    field,
    control: { value, onChange, decimal = true, allowNegative = true, ...rest },
  } = splitFieldProps(props);
  const [draft, setDraft] = useState(() => (value === null ? '' : String(value)));
  const [shown, setShown] = useState(value);
  // The page changed the value (reset, load): show it, unless the draft already means it.
  if (value !== shown) {
    setShown(value);
    if (parseNumberDraft(draft) !== value) setDraft(value === null ? '' : String(value));
  }
  const pattern = draftPattern(decimal, allowNegative);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          {...rest}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          value={draft}
          onChange={(e) => {
            const next = e.target.value;
            if (!pattern.test(next.trim())) return;
            setDraft(next);
            const parsed = parseNumberDraft(next);
            setShown(parsed);
            onChange(parsed);
          }}
        />
      )}
    </Field>
  );
}

import { useId, useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDmy, formatDmyTime, parseDmy, parseDmyTime } from '../../lib/dmy-date';
import { Field } from './field';
import { splitFieldProps, type FieldBaseProps } from './field-props';

type DateRest = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'id' | 'required' | 'disabled' | 'children' | 'type'
>;

export interface DateFieldProps extends FieldBaseProps, DateRest {
  /** A calendar date, `YYYY-MM-DD` (a longer ISO string is cut to its date); "" when empty. */
  value: string;
  onChange: (value: string) => void;
}

export interface DateTimeFieldProps extends FieldBaseProps, DateRest {
  /** An instant as an ISO string (shown in the browser's time zone); "" when empty. */
  value: string;
  onChange: (value: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → the local "YYYY-MM-DDTHH:mm" in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A local "YYYY-MM-DDTHH:mm" → ISO instant; "" when empty or unfinished. */
export function localInputToIso(local: string): string {
  if (!local) return '';
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** How one kind of field shows its value as text and reads it back (null: not a real date). */
interface DmyKind {
  toText: (value: string) => string;
  parse: (text: string) => string | null;
  placeholderKey: string;
  hintKey: string;
}

const DATE: DmyKind = {
  toText: formatDmy,
  parse: parseDmy,
  placeholderKey: 'common.dateInput.datePlaceholder',
  hintKey: 'common.dateInput.dateHint',
};

const DATE_TIME: DmyKind = {
  toText: (iso) => formatDmyTime(isoToLocalInput(iso)),
  parse: (text) => {
    const local = parseDmyTime(text);
    return local === null ? null : localInputToIso(local);
  },
  placeholderKey: 'common.dateInput.dateTimePlaceholder',
  hintKey: 'common.dateInput.dateTimeHint',
};

/** "2026-12" → "12/2026"; "12/2026", "12-2026", "122026" → "2026-12"; null for a month that does not exist. */
const MONTH: DmyKind = {
  toText: (month) => {
    const m = /^(\d{4})-(\d{2})$/u.exec(month);
    return m ? `${m[2]}/${m[1]}` : '';
  },
  parse: (text) => {
    const m = /^\s*(\d{1,2})[/.-]?(\d{4})\s*$/u.exec(text);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null;
    return `${m[2]}-${m[1].padStart(2, '0')}`;
  },
  placeholderKey: 'common.dateInput.monthPlaceholder',
  hintKey: 'common.dateInput.monthHint',
};

/**
 * The text of a dd/mm/yyyy (hh:mm) input over a form value. A native date input follows the
 * browser's language (mm/dd/yyyy in an English one), so the date is typed as text instead.
 * A text that is not a real date is marked invalid and changes nothing; on leaving the input it
 * is replaced by the value the form holds, so the input always shows what will be saved.
 * Emptying it clears the value (the form says whether it may be empty), unless `keepValue`:
 * then an empty text is invalid too and the last date stays. The page's own props (placeholder,
 * autoComplete) win over these defaults.
 */
function useDmyText(
  kind: DmyKind,
  value: string,
  onChange: (value: string) => void,
  onBlur: ((e: FocusEvent<HTMLInputElement>) => void) | undefined,
  keepValue = false,
) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => kind.toText(value));
  const [shown, setShown] = useState(value);
  // A new value from outside (the form reset, a row added): show it.
  if (value !== shown) {
    setShown(value);
    setText(kind.toText(value));
  }
  const read = (raw: string) => (raw.trim() === '' && !keepValue ? '' : kind.parse(raw));
  const invalid = read(text) === null;
  return {
    invalid,
    hint: t(kind.hintKey),
    input: {
      type: 'text',
      inputMode: 'numeric' as const,
      autoComplete: 'off',
      placeholder: t(kind.placeholderKey),
      value: text,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        setText(e.target.value);
        const next = read(e.target.value);
        if (next !== null && next !== value) {
          setShown(next);
          onChange(next);
        }
      },
      onBlur: (e: FocusEvent<HTMLInputElement>) => {
        setText(kind.toText(value));
        onBlur?.(e);
      },
    },
  };
}

/**
 * The bounds a text input cannot enforce as a native date picker did: a date outside them is
 * still handed to the form (which has the last word) but flagged, as the picker's `:invalid` was.
 */
function useRangeMessage(value: string, min: string | undefined, max: string | undefined): string | undefined {
  const { t } = useTranslation();
  const day = value.slice(0, 10);
  if (!day || !((min && day < min) || (max && day > max))) return undefined;
  const bounds = { min: formatDmy(min ?? ''), max: formatDmy(max ?? '') };
  if (min && max) return t('common.dateInput.between', bounds);
  return min ? t('common.dateInput.notBefore', bounds) : t('common.dateInput.notAfter', bounds);
}

function DmyField({ kind, ...props }: DateFieldProps & { kind: DmyKind }) {
  const {
    field,
    control: { value, onChange, onBlur, className, min, max, ...rest },
  } = splitFieldProps(props);
  const { invalid, hint, input } = useDmyText(kind, value, onChange, onBlur);
  const outOfRange = useRangeMessage(
    value,
    min === undefined ? undefined : String(min),
    max === undefined ? undefined : String(max),
  );
  return (
    // A text that is not a date is the field's error while it is there; then the page's; then the range.
    <Field {...field} error={invalid ? hint : (field.error ?? outOfRange)}>
      {(control) => (
        <input {...control} {...input} {...rest} className={className ? `dmy-input ${className}` : 'dmy-input'} />
      )}
    </Field>
  );
}

/** A labelled date typed and shown as dd/mm/yyyy; its value is `YYYY-MM-DD`. */
export function DateField(props: DateFieldProps) {
  return <DmyField kind={DATE} {...props} />;
}

/** A labelled date and time typed and shown as dd/mm/yyyy hh:mm; its value is an ISO instant. */
export function DateTimeField(props: DateTimeFieldProps) {
  return <DmyField kind={DATE_TIME} {...props} />;
}

/** A labelled month typed and shown as mm/yyyy; its value is `YYYY-MM`, as a month input's. */
export function MonthField(props: DateFieldProps) {
  return <DmyField kind={MONTH} {...props} />;
}

export interface DateTimeInputProps extends Omit<DateRest, 'aria-label'> {
  /** An instant as an ISO string; "" when empty. */
  value: string;
  onChange: (value: string) => void;
  /** The accessible name: this input has no visible label (a table cell under its header). */
  label: string;
  /** Emptying the text keeps the last value (flagged) rather than clearing it. */
  required?: boolean;
}

/** A dd/mm/yyyy hh:mm input without a `Field` around it, its own message under it. */
export function DateTimeInput({ value, onChange, label, required, onBlur, className, ...rest }: DateTimeInputProps) {
  const hintId = useId();
  const { invalid, hint, input } = useDmyText(DATE_TIME, value, onChange, onBlur, required);
  return (
    <>
      <input
        {...input}
        {...rest}
        className={className ? `dmy-input dmy-input--bare ${className}` : 'dmy-input dmy-input--bare'}
        aria-label={label}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
      />
      {invalid && (
        <small id={hintId} className="dmy-input__hint" role="alert">
          {hint}
        </small>
      )}
    </>
  );
}

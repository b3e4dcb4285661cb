import type { InputHTMLAttributes } from 'react';
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

/** ISO instant → the value of an `<input type="datetime-local">` in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` → ISO instant; "" when empty or unfinished. */
export function localInputToIso(local: string): string {
  if (!local) return '';
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** A labelled date picker; the browser shows it in the user's locale (dd/mm/yyyy in Vietnam). */
export function DateField(props: DateFieldProps) {
  const {
    field,
    control: { value, onChange, ...rest },
  } = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          {...rest}
          type="date"
          value={value.slice(0, 10)}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled date-and-time picker holding an ISO instant. */
export function DateTimeField(props: DateTimeFieldProps) {
  const {
    field,
    control: { value, onChange, ...rest },
  } = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          {...rest}
          type="datetime-local"
          value={isoToLocalInput(value)}
          onChange={(e) => onChange(localInputToIso(e.target.value))}
        />
      )}
    </Field>
  );
}

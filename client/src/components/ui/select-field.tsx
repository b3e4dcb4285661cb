import type { SelectHTMLAttributes } from 'react';
import { Field } from './field';
import { splitFieldProps, type FieldBaseProps } from './field-props';

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
  disabled?: boolean;
}

type SelectRest = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'id' | 'required' | 'disabled' | 'children'
>;

export interface SelectFieldProps<V extends string = string> extends FieldBaseProps, SelectRest {
  value: V;
  onChange: (value: V) => void;
  options: readonly SelectOption<V>[];
  /** A first, empty choice (value ""), e.g. "— all —". */
  placeholder?: string;
}

/** A labelled `<select>`; `onChange` gets one of the options' values. */
export function SelectField<V extends string = string>(props: SelectFieldProps<V>) {
  const {
    field,
    control: { value, onChange, options, placeholder, ...rest },
  } = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          {...rest}
          value={value}
          // The options are the only values a <select> can take.
          onChange={(e) => onChange(e.target.value as V)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

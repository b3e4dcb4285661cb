import type { InputHTMLAttributes } from 'react';
import { Field } from './field';
import { splitFieldProps, type FieldBaseProps } from './field-props';

type InputRest = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'id' | 'required' | 'disabled' | 'children'
>;

export interface TextFieldProps extends FieldBaseProps, InputRest {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text input (`type` may be email, tel, search, password, …). */
export function TextField(props: TextFieldProps) {
  const {
    field,
    control: { value, onChange, type = 'text', ...rest },
  } = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <input {...control} {...rest} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

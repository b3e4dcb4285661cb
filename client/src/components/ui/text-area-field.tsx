import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';
import { splitFieldProps, type FieldBaseProps } from './field-props';

type TextAreaRest = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'id' | 'required' | 'disabled' | 'children'
>;

export interface TextAreaFieldProps extends FieldBaseProps, TextAreaRest {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line text input. */
export function TextAreaField(props: TextAreaFieldProps) {
  const {
    field,
    control: { value, onChange, rows = 3, ...rest },
  } = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <textarea {...control} {...rest} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

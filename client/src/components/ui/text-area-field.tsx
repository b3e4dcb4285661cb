import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';
import type { FieldBaseProps } from './text-field';

type TextAreaRest = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'id' | 'required' | 'disabled' | 'children'
>;

export interface TextAreaFieldProps extends FieldBaseProps, TextAreaRest {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line text input. */
export function TextAreaField({
  label,
  hint,
  error,
  required,
  disabled,
  id,
  fieldClassName,
  errorTestId,
  value,
  onChange,
  rows = 3,
  ...rest
}: TextAreaFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      required={required}
      htmlFor={id}
      className={fieldClassName}
      errorTestId={errorTestId}
    >
      {(control) => (
        <textarea
          {...control}
          {...rest}
          rows={rows}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './field';

/** The props every ready-made field takes besides its value. */
export interface FieldBaseProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  /** Extra class on the `.field` wrapper, e.g. `field--wide`. */
  fieldClassName?: string;
  errorTestId?: string;
}

type InputRest = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'id' | 'required' | 'disabled' | 'children'
>;

export interface TextFieldProps extends FieldBaseProps, InputRest {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text input (`type` may be email, tel, search, password, …). */
export function TextField({
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
  type = 'text',
  ...rest
}: TextFieldProps) {
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
        <input
          {...control}
          {...rest}
          type={type}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

import type { InputHTMLAttributes } from 'react';
import { FieldMessages, useFieldControl } from './field';
import type { FieldBaseProps } from './field-props';

type CheckboxRest = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'checked' | 'onChange' | 'id' | 'required' | 'disabled' | 'children' | 'type'
>;

export interface CheckboxFieldProps extends FieldBaseProps, CheckboxRest {
  value: boolean;
  onChange: (value: boolean) => void;
}

/** A checkbox with its label beside it (`.switch`), and the hint and error under it when given. */
export function CheckboxField({
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
  ...rest
}: CheckboxFieldProps) {
  const { control, hintId, errorId } = useFieldControl({ id, hint, error, required });
  const box = (
    <label className={fieldClassName ? `switch ${fieldClassName}` : 'switch'}>
      <input
        {...control}
        {...rest}
        type="checkbox"
        checked={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
  if (!hint && !error) return box;
  return (
    <div className="field">
      {box}
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} errorTestId={errorTestId} />
    </div>
  );
}

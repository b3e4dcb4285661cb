import type { ReactNode } from 'react';

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

/**
 * Splits a ready-made field's props into what the `Field` wrapper takes (label, hint,
 * error, required mark, ids) and the rest, which goes to its control (`disabled` included).
 */
export function splitFieldProps<P extends FieldBaseProps>({
  label,
  hint,
  error,
  required,
  id,
  fieldClassName,
  errorTestId,
  ...control
}: P) {
  return { field: { label, hint, error, required, htmlFor: id, className: fieldClassName, errorTestId }, control };
}

import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

/** What a `Field` hands its control so the label, hint and error reach assistive tech. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** The control's id; one is made with `useId` when it is not given. */
  htmlFor?: string;
  /** Extra class on the wrapper, e.g. `field--wide`. */
  className?: string;
  errorTestId?: string;
  /** The control: an element (its id and aria props are set) or a function of those props. */
  children: ReactElement<FieldControlProps> | ((control: FieldControlProps) => ReactNode);
}

/** The ids and aria props of a labelled control with an optional hint and error. */
export function useFieldControl(options: { id?: string; hint?: ReactNode; error?: ReactNode; required?: boolean }): {
  control: FieldControlProps;
  hintId: string;
  errorId: string;
} {
  const generated = useId();
  const id = options.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hasContent(options.hint) && hintId, hasContent(options.error) && errorId]
    .filter(Boolean)
    .join(' ');
  return {
    hintId,
    errorId,
    control: {
      id,
      'aria-describedby': describedBy || undefined,
      'aria-invalid': hasContent(options.error) ? true : undefined,
      'aria-required': options.required ? true : undefined,
    },
  };
}

function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** The label, the hint and the error message under it; `.field` markup. */
export function FieldMessages({
  hint,
  error,
  hintId,
  errorId,
  errorTestId,
}: {
  hint?: ReactNode;
  error?: ReactNode;
  hintId: string;
  errorId: string;
  errorTestId?: string;
}) {
  return (
    <>
      {hasContent(hint) && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {hasContent(error) && (
        <p id={errorId} className="field__error" data-testid={errorTestId}>
          {error}
        </p>
      )}
    </>
  );
}

/** The required-field mark after a label, as the pages have always drawn it. */
export function RequiredMark() {
  return <span className="required"> *</span>;
}

/**
 * A labelled form control: `<Field label="…" error={…}><input … /></Field>`. The control gets
 * its `id`, `aria-describedby` (hint, error) and `aria-invalid` without the page wiring them.
 */
export function Field({ label, hint, error, required, htmlFor, className, errorTestId, children }: FieldProps) {
  const { control, hintId, errorId } = useFieldControl({ id: htmlFor, hint, error, required });
  const rendered =
    typeof children === 'function'
      ? children(control)
      : isValidElement(children)
        ? cloneElement(children, control)
        : null;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={control.id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {rendered}
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} errorTestId={errorTestId} />
    </div>
  );
}

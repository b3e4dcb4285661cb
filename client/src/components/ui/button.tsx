import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'small';
  /** While true the button is disabled and says so to assistive tech (`aria-busy`). */
  busy?: boolean;
}

/** The CSS classes of a button; for a `<Link>` or `<a>` that must look like one. */
export function buttonClass(variant: ButtonVariant = 'secondary', size?: 'small', extra?: string): string {
  return ['btn', `btn-${variant}`, size === 'small' && 'btn-small', extra].filter(Boolean).join(' ');
}

/** A button of the app's look; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  size,
  busy = false,
  className,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass(variant, size, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}

import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'info' | 'success' | 'error';
  children: ReactNode;
  /** Buttons or links under the message. */
  actions?: ReactNode;
  testId?: string;
  id?: string;
  className?: string;
}

/**
 * A message box. Errors are `role="alert"` (announced at once); success and info are
 * `role="status"` (announced politely).
 */
export function Alert({ tone = 'info', children, actions, testId, id, className }: AlertProps) {
  const classes = ['alert', `alert-${tone}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId} id={id}>
      {children}
      {actions && <div className="alert__actions">{actions}</div>}
    </div>
  );
}

import type { ReactNode } from 'react';

export interface EmptyStateProps {
  children: ReactNode;
  /** Buttons or links to get out of the empty state (create the first one, clear filters). */
  actions?: ReactNode;
  testId?: string;
}

/** "Nothing here yet": the dashed `.empty` box. */
export function EmptyState({ children, actions, testId }: EmptyStateProps) {
  return (
    <div className="empty" data-testid={testId}>
      {children}
      {actions && <div className="alert__actions">{actions}</div>}
    </div>
  );
}

import { useId, type ReactNode } from 'react';

export interface SectionProps {
  title: ReactNode;
  actions?: ReactNode;
  /** `card` draws the section on a white card. */
  card?: boolean;
  className?: string;
  testId?: string;
  children?: ReactNode;
}

/** A titled part of a page (an `<h2>` and its content), labelled by its title. */
export function Section({ title, actions, card = false, className, testId, children }: SectionProps) {
  const headingId = useId();
  const classes = ['section', card && 'card', className].filter(Boolean).join(' ');
  return (
    <section className={classes} aria-labelledby={headingId} data-testid={testId}>
      <div className="section__header">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="section__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

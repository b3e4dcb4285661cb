import type { ReactNode } from 'react';

/** The row of buttons at the end of a form; right-aligned, or left with `align="start"`. */
export function FormActions({ align = 'end', children }: { align?: 'start' | 'end'; children: ReactNode }) {
  return <div className={align === 'start' ? 'form-actions form-actions--start' : 'form-actions'}>{children}</div>;
}

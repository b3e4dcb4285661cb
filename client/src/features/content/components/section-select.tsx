import type { ResolutionItem } from '../hooks/use-content-data';
import { sectionLabel } from '../utils/section-label';

interface SectionSelectProps {
  id: string;
  value: string;
  onChange: (sectionId: string) => void;
  resolutions: readonly ResolutionItem[];
  /** The empty choice's label ("all sections" in filters, "choose…" in forms). */
  emptyLabel: string;
  testId?: string;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
}

/** Sections grouped by resolution, labelled "II.1 · title" as numbered in the document. */
export function SectionSelect({
  id,
  value,
  onChange,
  resolutions,
  emptyLabel,
  testId,
  invalid,
  describedBy,
  required,
}: SectionSelectProps) {
  return (
    <select
      id={id}
      data-testid={testId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      required={required}
    >
      <option value="">{emptyLabel}</option>
      {resolutions.map((r) => (
        <optgroup key={r.id} label={`${r.code} · ${r.title}`}>
          {r.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {sectionLabel(s)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** A problem found in one row of an imported file; the whole import is refused if there is any. */
export interface ImportRowError {
  line: number;
  column: string | null;
  reason: string;
  message: string;
}

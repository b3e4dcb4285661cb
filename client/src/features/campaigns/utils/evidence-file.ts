import { detectEvidenceType, EVIDENCE_TYPES, MAX_EVIDENCE_FILE_BYTES } from '@thidua/shared';

/** A phone camera's file may have no usable extension: name it after its type. */
export function evidenceName(file: File): string {
  const lower = file.name.toLowerCase();
  if (Object.keys(EVIDENCE_TYPES).some((ext) => lower.endsWith(`.${ext}`)) || lower.endsWith('.jpeg')) return file.name;
  const ext = Object.entries(EVIDENCE_TYPES).find(([, mime]) => mime === file.type)?.[0];
  return ext ? `${file.name || 'minh-chung'}.${ext}` : file.name;
}

export type EvidenceFileProblem = 'tooLarge' | 'badType';

/** Why the server would refuse this file (checked here first, so a phone does not upload it for nothing). */
export async function evidenceFileProblem(file: File, name: string): Promise<EvidenceFileProblem | null> {
  if (file.size > MAX_EVIDENCE_FILE_BYTES) return 'tooLarge';
  const bytes = new Uint8Array(await file.arrayBuffer());
  return detectEvidenceType(name, bytes) ? null : 'badType';
}

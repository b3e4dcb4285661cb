import type { AttemptFieldsFragment } from '../../../generated/graphql';
import type { DraftResponse } from './device-store';

/** The answers the server already holds for an attempt, by question index. */
export function savedResponses(answers: AttemptFieldsFragment['answers']): Record<number, DraftResponse> {
  const map: Record<number, DraftResponse> = {};
  for (const a of answers)
    map[a.index] = {
      ...(a.optionIds ? { optionIds: a.optionIds } : {}),
      ...(typeof a.value === 'number' ? { value: a.value } : {}),
    };
  return map;
}

export function isAnswered(response: DraftResponse | undefined): boolean {
  if (!response) return false;
  return typeof response.value === 'number' || (response.optionIds?.length ?? 0) > 0;
}

/** The prediction as typed (digits only) → the number sent, or null when empty. */
export function parsePrediction(text: string): number | null {
  const parsed = text.trim() === '' ? null : Number(text.replace(/\D/gu, ''));
  return parsed !== null && Number.isFinite(parsed) ? parsed : null;
}

import type { TFunction } from 'i18next';

/** `live.errors.<REASON>`, or the generic sentence for a reason the client does not know yet. */
export function liveErrorText(t: TFunction, reason: string | null | undefined): string | null {
  if (!reason) return null;
  return t([`live.errors.${reason}`, 'live.errors.generic']);
}

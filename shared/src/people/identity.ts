/**
 * Who is taking part: how a live game or a contest identifies its players.
 * Whatever the mode, only verified roster persons move a unit's figures.
 */
export const IdentityMode = {
  /** Anyone, by a name they type (as before rosters); a roster person may still identify. */
  OPEN: 'OPEN',
  /** Players identify from their unit's roster; guests may still join, marked as guests. */
  ROSTER_PREFERRED: 'ROSTER_PREFERRED',
  /** Only roster persons: guests are refused. */
  ROSTER_ONLY: 'ROSTER_ONLY',
} as const;
export type IdentityMode = (typeof IdentityMode)[keyof typeof IdentityMode];
export const IDENTITY_MODES: readonly IdentityMode[] = Object.values(IdentityMode);

/**
 * How a game's or a contest's unit figures were counted. Games and contests created
 * before rosters existed keep their numbers (every player who named the unit, divided
 * by the declared population), labelled as such; everything after counts verified people.
 */
export const ParticipationBasis = {
  VERIFIED: 'VERIFIED',
  /** Counted before rosters: every player or entrant who named the unit. */
  BEFORE_ROSTERS: 'BEFORE_ROSTERS',
} as const;
export type ParticipationBasis = (typeof ParticipationBasis)[keyof typeof ParticipationBasis];

/**
 * Personal codes (mã cá nhân), printed on cards and typed on phones: 8 characters from
 * an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V), shown as
 * "XXXX-XXXX". The last character is a check character, so a mistyped code is caught
 * on the phone before it is sent.
 */
export const PERSONAL_CODE_ALPHABET = 'ACDEFHJKMNPRTWXY3479';
export const PERSONAL_CODE_LENGTH = 8;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    sum += (i + 1) * PERSONAL_CODE_ALPHABET.indexOf(body[i]);
  }
  return PERSONAL_CODE_ALPHABET[sum % PERSONAL_CODE_ALPHABET.length];
}

/** A code from random bytes (at least 7): 7 characters drawn uniformly enough, plus the check character. */
export function personalCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < PERSONAL_CODE_LENGTH - 1) throw new Error('personalCodeFromBytes needs 7 random bytes');
  let body = '';
  for (let i = 0; i < PERSONAL_CODE_LENGTH - 1; i += 1)
    body += PERSONAL_CODE_ALPHABET[bytes[i] % PERSONAL_CODE_ALPHABET.length];
  return body + checkCharacter(body);
}

/**
 * What a person typed, as a code: upper case, spaces and dashes dropped. Null when it
 * cannot be a code (wrong length, a character outside the alphabet, a bad check character).
 */
export function parsePersonalCode(input: string): string | null {
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/gu, '');
  if (code.length !== PERSONAL_CODE_LENGTH) return null;
  if ([...code].some((c) => !PERSONAL_CODE_ALPHABET.includes(c))) return null;
  return checkCharacter(code.slice(0, -1)) === code.slice(-1) ? code : null;
}

/** "ACDE-FHJK": how a code is printed and shown. */
export function formatPersonalCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

import { foldForSearch, normalizeText } from '../text/vietnamese.js';

/**
 * Player names in live games: 1–30 characters (NFC, spaces collapsed), no control
 * or invisible characters, and not a clear slur. The filter is deliberately narrow:
 * a refused real name in front of a school assembly is worse than a rude nickname
 * the host removes with one click. Words are matched with their diacritics where
 * the folded form is an ordinary syllable ("lồn" is refused, "Lơn", "Lớn", "Lộn"
 * are not); only unambiguous forms are matched folded.
 */
export const PLAYER_NAME_MAX_LENGTH = 30;

export type PlayerNameProblem = 'EMPTY' | 'TOO_LONG' | 'INVALID_CHARACTERS' | 'REFUSED';

export type PlayerNameCheck = { ok: true; name: string } | { ok: false; problem: PlayerNameProblem };

/** Whole words refused as typed (lower case, NFC, with diacritics). */
const REFUSED_WORDS = new Set(['địt', 'đụ', 'lồn', 'cặc', 'buồi', 'đéo', 'đĩ', 'cứt']);

/** Whole words refused in folded form (no diacritics): abbreviations and English slurs. */
const REFUSED_FOLDED_WORDS = new Set([
  'dm',
  'dmm',
  'dcm',
  'dkm',
  'vcl',
  'vkl',
  'vl',
  'clgt',
  'cmm',
  'loz',
  'fuck',
  'fucker',
  'shit',
  'bitch',
  'cunt',
  'nigger',
  'nigga',
  'whore',
  'slut',
  'asshole',
]);

/** Folded word sequences refused wherever they occur in the name. */
const REFUSED_FOLDED_PHRASES = [
  'dit me',
  'dit con',
  'du ma',
  'du me',
  'con cac',
  'cai lon',
  'oc cho',
  'cho de',
  'me may',
];

/** Folded runs refused even when typed without spaces ("ditme", "concac"). */
const REFUSED_COMPACT = ['ditme', 'ditcon', 'concac', 'cailon', 'occho', 'dcm', 'vcl', 'vkl', 'clgt', 'dmm'];

/**
 * Real names (folded) that a rule above would otherwise catch: never refused.
 * "Cù" (a surname) and "Đĩnh"/"Dĩ" must stay valid; extend here, not by loosening rules.
 */
const ALLOWED_FOLDED_NAMES = new Set(['cu', 'di', 'dinh', 'vy', 'vi']);

export function checkPlayerName(raw: string): PlayerNameCheck {
  const name = normalizeText(raw);
  if (name.length === 0) return { ok: false, problem: 'EMPTY' };
  if (name.length > PLAYER_NAME_MAX_LENGTH) return { ok: false, problem: 'TOO_LONG' };
  if (/[\p{C}]/u.test(name)) return { ok: false, problem: 'INVALID_CHARACTERS' };
  if (isRefusedName(name)) return { ok: false, problem: 'REFUSED' };
  return { ok: true, name };
}

function isRefusedName(name: string): boolean {
  const lower = name.toLowerCase();
  const words = lower.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const folded = foldForSearch(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (ALLOWED_FOLDED_NAMES.has(folded)) return false;
  const foldedWords = folded.split(' ').filter(Boolean);
  if (words.some((w) => REFUSED_WORDS.has(w))) return true;
  if (foldedWords.some((w) => REFUSED_FOLDED_WORDS.has(w))) return true;
  const spaced = ` ${folded} `;
  if (REFUSED_FOLDED_PHRASES.some((p) => spaced.includes(` ${p} `))) return true;
  const compact = foldedWords.join('');
  return REFUSED_COMPACT.some((c) => compact.includes(c));
}

/**
 * A roster name as a live game shows it: as is when it fits in 30 characters, else the
 * middle names shortened to initials ("Nguyễn Thị Phương Thảo Nguyên" → "Nguyễn T. P. T. Nguyên"),
 * then the family name too, and at worst cut at 30 characters.
 */
export function shortPlayerName(fullName: string): string {
  const name = normalizeText(fullName);
  if (name.length <= PLAYER_NAME_MAX_LENGTH) return name;
  const words = name.split(' ');
  const initial = (w: string) => `${[...w][0]}.`;
  if (words.length >= 3) {
    const middle = `${words[0]} ${words.slice(1, -1).map(initial).join(' ')} ${words[words.length - 1]}`;
    if (middle.length <= PLAYER_NAME_MAX_LENGTH) return middle;
  }
  if (words.length >= 2) {
    const given = `${words.slice(0, -1).map(initial).join(' ')} ${words[words.length - 1]}`;
    if (given.length <= PLAYER_NAME_MAX_LENGTH) return given;
  }
  return [...name].slice(0, PLAYER_NAME_MAX_LENGTH).join('').trim();
}

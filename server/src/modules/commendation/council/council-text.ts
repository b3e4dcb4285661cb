import { normalizeText } from '@thidua/shared';

/**
 * Text of the council, posting and decision steps as stored: NFC, without control
 * characters (a NUL byte cannot be stored, the others only hide text), trimmed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/** One line (names, places, numbers, reasons): spaces collapsed. */
export function cleanLine(value: string): string {
  return normalizeText(value.replace(CONTROL, ''));
}

/** A block of text (a comment, the minutes' note): line breaks kept. */
export function cleanBlock(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/gu, '\n').replace(CONTROL, '').trim();
}

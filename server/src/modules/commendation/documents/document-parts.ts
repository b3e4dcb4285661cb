import type { DocumentSettings } from '@thidua/shared';
import type { Signature } from '../../../common/docx/administrative-document.js';
import type { ProposalFacts } from './round-documents.loader.js';

/** Vietnamese decimals: 93.5 → "93,5". */
export const vnNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(Math.round(value * 100) / 100).replace('.', ',');

/** "Số: 12/QĐ-UBND", or dots to fill before the symbol: "Số: …/QĐ-UBND". */
export const numberLine = (number: string | null | undefined, symbol: string): string =>
  `Số: ${number?.trim() ? number.trim() : `…/${symbol}`}`;

/** "ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN" → "Ủy ban nhân dân phường Hải An" (the place keeps its capitals). */
export function bodyName(settings: DocumentSettings): string {
  const upper = settings.issuingBody.toUpperCase();
  const place = settings.placeName.toUpperCase();
  const at = place ? upper.lastIndexOf(place) : -1;
  const head = at > 0 ? settings.issuingBody.slice(0, at) : settings.issuingBody;
  const lowered = head.toLowerCase();
  return `${lowered.charAt(0).toUpperCase()}${lowered.slice(1)}${at > 0 ? settings.placeName : ''}`.trim();
}

/** The abbreviation of an organiser's name for numbers: "Phòng Văn hóa - Xã hội" → "VHXH", "… Hạ tầng và Đô thị" → "…HTĐT". */
export function symbolOf(name: string): string {
  const words = name
    .normalize('NFC')
    .replace(/^\s*phòng\s+/iu, '')
    .split(/[\s,\-–]+/u)
    .filter((w) => w && w.toLowerCase() !== 'và');
  const initial = (w: string) => (/^đ/iu.test(w) ? 'Đ' : w.normalize('NFD').charAt(0).toUpperCase());
  return words.map(initial).join('') || '…';
}

export const settingsSigner = (s: DocumentSettings): Signature => ({
  authority: s.signerAuthority,
  capacity: s.signerCapacity,
  title: s.signerTitle,
  name: s.signerName,
});

export const isCollective = (p: ProposalFacts) => !p.proposal.personId;

/** "Tổ dân phố số 3" or "Nguyễn Văn A, Giáo viên Trường THCS Lê Lợi". */
export const recipientText = (p: ProposalFacts) =>
  p.proposal.recipientDetail ? `${p.proposal.recipientName}, ${p.proposal.recipientDetail}` : p.proposal.recipientName;

export const PERIOD_WORD = { INTERIM: 'sơ kết', FINAL: 'tổng kết' } as const;

/** "Hội đồng Thi đua - Khen thưởng phường Hải An". */
export const councilText = (s: DocumentSettings) => `Hội đồng Thi đua - Khen thưởng phường ${s.placeName}`;

/** A moment as dd/mm/yyyy in Vietnam (UTC+7). */
export function dayText(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "14 giờ 00 phút" in Vietnam (UTC+7). */
export function clockText(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')} giờ ${String(d.getUTCMinutes()).padStart(2, '0')} phút`;
}

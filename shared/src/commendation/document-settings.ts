/**
 * What the ward's documents print (Nghị định 30/2020): the issuing body, the place name
 * of the date line, the council's name, the usual signer and the certificate's layout.
 * Stored as one app setting the admin edits; the defaults come from the ward's name.
 */
export interface CertificateLayout {
  /** Size of the heading ("GIẤY KHEN"), in points. */
  headingSize: number;
  /** Size of the recipient's name, in points. */
  nameSize: number;
  /** Size of the other lines, in points. */
  bodySize: number;
  /** Page margin, in millimetres. */
  marginMm: number;
  border: 'DOUBLE' | 'SINGLE' | 'NONE';
  /** The heading's and border's colour, #rrggbb. */
  color: string;
}

export interface DocumentSettings {
  /** The line above the issuing body, upper case (cơ quan chủ quản); may be empty. */
  parentBody: string;
  /** Upper case, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN". */
  issuingBody: string;
  /** The symbol part of numbers, e.g. "UBND" in "12/QĐ-UBND". */
  issuingSymbol: string;
  /** e.g. "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG PHƯỜNG HẢI AN". */
  councilName: string;
  /** The organiser that drafts the tờ trình, e.g. "Phòng Văn hóa - Xã hội". */
  organiserName: string;
  /** The place of the date line: "Hải An, ngày 15 tháng 12 năm 2026". */
  placeName: string;
  /** The usual signature block of a decision. */
  signerAuthority: string;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  certificate: CertificateLayout;
}

export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayout = {
  headingSize: 40,
  nameSize: 28,
  bodySize: 15,
  marginMm: 12,
  border: 'DOUBLE',
  color: '#b91c1c',
};

/** The defaults for a ward, from its name ("Phường Hải An" or "Hải An"). */
export function defaultDocumentSettings(wardName: string): DocumentSettings {
  const place = wardName
    .normalize('NFC')
    .replace(/^\s*phường\s+/iu, '')
    .trim();
  const ward = `PHƯỜNG ${place.toUpperCase()}`;
  return {
    parentBody: '',
    issuingBody: `ỦY BAN NHÂN DÂN ${ward}`,
    issuingSymbol: 'UBND',
    councilName: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    organiserName: 'Phòng Văn hóa - Xã hội',
    placeName: place,
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerCapacity: '',
    signerTitle: 'CHỦ TỊCH',
    signerName: '',
    certificate: { ...DEFAULT_CERTIFICATE_LAYOUT },
  };
}

/** The longest each text setting may be. */
export const DOCUMENT_SETTING_LIMITS = {
  parentBody: 150,
  issuingBody: 150,
  issuingSymbol: 20,
  councilName: 150,
  organiserName: 150,
  placeName: 60,
  signerAuthority: 100,
  signerCapacity: 100,
  signerTitle: 100,
  signerName: 100,
} as const satisfies Record<Exclude<keyof DocumentSettings, 'certificate'>, number>;

/** Allowed ranges of the certificate's sizes (points) and margin (mm). */
export const CERTIFICATE_RANGES = {
  headingSize: [20, 72],
  nameSize: [14, 48],
  bodySize: [10, 24],
  marginMm: [5, 30],
} as const;

/** What is wrong with the settings, as field names (empty: valid). Required: issuing body, symbol, place, signer title. */
export function documentSettingsProblems(s: DocumentSettings): string[] {
  const problems: string[] = [];
  for (const [field, max] of Object.entries(DOCUMENT_SETTING_LIMITS)) {
    const value = s[field as keyof typeof DOCUMENT_SETTING_LIMITS];
    if (typeof value !== 'string' || value.length > max) problems.push(field);
  }
  for (const field of ['issuingBody', 'issuingSymbol', 'placeName', 'signerTitle'] as const) {
    if (!s[field]?.trim() && !problems.includes(field)) problems.push(field);
  }
  const c = s.certificate;
  for (const [field, [min, max]] of Object.entries(CERTIFICATE_RANGES)) {
    const value = c?.[field as keyof typeof CERTIFICATE_RANGES];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(`certificate.${field}`);
    }
  }
  if (!/^#[0-9a-f]{6}$/i.test(c?.color ?? '')) problems.push('certificate.color');
  if (!['DOUBLE', 'SINGLE', 'NONE'].includes(c?.border)) problems.push('certificate.border');
  return problems;
}

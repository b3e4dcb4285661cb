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

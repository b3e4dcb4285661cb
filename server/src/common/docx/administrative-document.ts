import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';

/**
 * Documents in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4 portrait, margins
 * top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; the header as a borderless
 * two-column table (issuing body and number | Quốc hiệu, Tiêu ngữ and the date line),
 * the kind and trích yếu, justified body paragraphs, and at the end "Nơi nhận" beside the
 * signature block.
 */
export type Block = Paragraph | Table;

/** Millimetres to twips, rounded (A4 is 11906 × 16838). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** docx sizes are half-points. */
const pt = (value: number) => value * 2;
/** The text width: 210 − 30 − 15 mm. */
const TEXT_MM = 165;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** Day < 10 and months 1, 2 take a leading zero (Phụ lục I, mục 5): "ngày 05 tháng 3 năm 2026". */
export function documentDate(date: string | Date | null | undefined): string {
  if (!date) return 'ngày … tháng … năm …';
  const iso = typeof date === 'string' ? date.slice(0, 10) : isoDay(date);
  const [year, month, day] = iso.split('-').map(Number);
  const dd = day < 10 ? `0${day}` : String(day);
  const mmText = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mmText} năm ${year}`;
}

/** The calendar day in Vietnam (UTC+7), as yyyy-mm-dd. */
function isoDay(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export interface LineOptions extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, mm. */
  indentMm?: number;
  before?: number;
  after?: number;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** One paragraph of one run; `before`/`after` are in points. */
export function line(text: string, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'left'],
    indent: options.indentMm ? { firstLine: mm(options.indentMm) } : undefined,
    spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 0) * 20 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: pt(options.size ?? 14) })],
  });
}

const centred = (text: string, style: RunStyle = {}) => line(text, { ...style, align: 'center' });

/** A short horizontal rule, centred in a column `columnMm` wide. */
export function rule(columnMm: number, lengthMm: number): Paragraph {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) },
    spacing: { before: 50, after: 60, line: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

/** Starts a new page (an annex). */
export function pageBreak(): Paragraph {
  return new Paragraph({ pageBreakBefore: true, children: [] });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
export function body(text: string, style: RunStyle = {}): Paragraph {
  return line(text, { ...style, align: 'justify', indentMm: 10, after: 6 });
}

/** A paragraph of mixed runs (e.g. a bold "Điều 1." then regular text). */
export function bodyRuns(runs: { text: string; bold?: boolean; italics?: boolean }[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120 },
    children: runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italics, size: pt(14) })),
  });
}

function cell(children: Paragraph[], widthMm: number, borders?: typeof NO_BORDERS): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    borders: borders ?? NO_BORDERS,
    verticalAlign: VerticalAlign.TOP,
    margins: { left: mm(1), right: mm(1) },
    children: children.length ? children : [new Paragraph('')],
  });
}

function frame(columnsMm: number[], rows: TableRow[], borders = NO_BORDERS): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mm(columnsMm.reduce((s, c) => s + c, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(mm),
    borders,
    rows,
  });
}

export interface HeaderOptions {
  /** Cơ quan chủ quản; empty: none. */
  parentBody: string;
  issuingBody: string;
  /** The whole number line, e.g. "Số: 12/QĐ-UBND". */
  number: string;
  place: string;
  date: string | Date | null;
}

const LEFT_MM = 68;
const RIGHT_MM = TEXT_MM - LEFT_MM;

/**
 * Upper-case names of bodies break before the place ("ỦY BAN NHÂN DÂN" / "PHƯỜNG HẢI AN"), as
 * the ward's documents print them, rather than wherever the column ends.
 */
export function bodyLines(text: string): string[] {
  const upper = text.toUpperCase();
  if (upper.length <= 26) return [upper];
  const match = /^(.+?)\s+((?:PHƯỜNG|XÃ|THỊ TRẤN|QUẬN|HUYỆN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s.+)$/u.exec(upper);
  return match ? [match[1], match[2]] : [upper];
}

/**
 * The header: a borderless table of two rows so the number and the date line stand level:
 * the parent body, the issuing body (bold) and a short rule | Quốc hiệu, Tiêu ngữ and its rule;
 * then "Số: …" | the italic place and date.
 */
export function header(h: HeaderOptions): Table {
  const left = [
    ...(h.parentBody ? bodyLines(h.parentBody).map((t) => centred(t, { size: 12 })) : []),
    ...bodyLines(h.issuingBody).map((t) => centred(t, { bold: true, size: 12 })),
    rule(LEFT_MM, 25),
  ];
  const right = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12.5 }),
    centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13.5 }),
    rule(RIGHT_MM, 62),
  ];
  return frame(
    [LEFT_MM, RIGHT_MM],
    [
      new TableRow({ children: [cell(left, LEFT_MM), cell(right, RIGHT_MM)] }),
      new TableRow({
        children: [
          cell([line(h.number, { align: 'center', size: 13, before: 2 })], LEFT_MM),
          cell(
            [line(`${h.place}, ${documentDate(h.date)}`, { align: 'center', italics: true, size: 14, before: 2 })],
            RIGHT_MM,
          ),
        ],
      }),
    ],
  );
}

/** The kind ("QUYẾT ĐỊNH") and the trích yếu ("Về việc …"), centred and bold, a short rule under them. */
export function title(kind: string, summary: string): Block[] {
  return [
    line(kind, { align: 'center', bold: true, size: 14, before: 18 }),
    ...(summary ? [line(summary, { align: 'center', bold: true, size: 14 })] : []),
    rule(TEXT_MM, 35),
    line('', { size: 6 }),
  ];
}

export interface Column {
  title: string;
  /** Width in mm; the widths should add up to 165. */
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

/** A list as a bordered table with a bold header row (13 pt unless told). */
export function listTable(columns: Column[], rows: string[][], size = 13): Table {
  const headRow = new TableRow({
    tableHeader: true,
    children: columns.map((c) => cell([centred(c.title, { bold: true, size })], c.widthMm, GRID)),
  });
  const bodyRows = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => cell([line(r[i] ?? '', { align: c.align ?? 'left', size })], c.widthMm, GRID)),
      }),
  );
  return frame(
    columns.map((c) => c.widthMm),
    [headRow, ...bodyRows],
    GRID,
  );
}

export interface Signature {
  /** e.g. "TM. ỦY BAN NHÂN DÂN"; empty: none. */
  authority?: string;
  /** e.g. "KT. CHỦ TỊCH"; empty: none. */
  capacity?: string;
  /** e.g. "PHÓ CHỦ TỊCH". */
  title: string;
  /** Empty: a dotted line to fill. */
  name: string;
}

function signatureLines(s: Signature): Paragraph[] {
  return [
    ...(s.authority ? [centred(s.authority.toUpperCase(), { bold: true })] : []),
    ...(s.capacity ? [centred(s.capacity.toUpperCase(), { bold: true })] : []),
    centred(s.title.toUpperCase(), { bold: true }),
    line('', { size: 14 }),
    line('', { size: 14 }),
    line('', { size: 14 }),
    line('', { size: 14 }),
    centred(s.name || '……………………', { bold: true }),
  ];
}

/** The end: "Nơi nhận:" with "- …;" lines (the last ends "Lưu: VT.") beside the signature block. */
export function closing(recipients: string[], signature: Signature): Table {
  const list = [...recipients.map((r) => `- ${r};`), '- Lưu: VT.'];
  const left = [
    line('Nơi nhận:', { bold: true, italics: true, size: 12, before: 6 }),
    ...list.map((r) => line(r, { size: 11 })),
  ];
  return frame(
    [70, TEXT_MM - 70],
    [
      new TableRow({
        cantSplit: true,
        children: [cell(left, 70), cell([line('', { size: 6 }), ...signatureLines(signature)], TEXT_MM - 70)],
      }),
    ],
  );
}

/** Two signature blocks side by side (minutes: the secretary left, the chair right). */
export function twoSignatures(left: Signature, right: Signature): Table {
  const half = TEXT_MM / 2;
  return frame(
    [half, half],
    [
      new TableRow({
        cantSplit: true,
        children: [cell(signatureLines(left), half), cell(signatureLines(right), half)],
      }),
    ],
  );
}

/** Packs the blocks into a .docx: A4 portrait, margins 20/15/20/30 mm, Times New Roman 14 pt. */
export async function packDocument(children: Block[], titleText: string): Promise<Buffer> {
  const document = new Document({
    title: titleText,
    creator: 'Thi đua',
    styles: { default: { document: { run: { font: 'Times New Roman', size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

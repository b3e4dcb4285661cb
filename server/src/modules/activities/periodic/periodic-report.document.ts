import type { DocumentSettings } from '@thidua/shared';
import {
  body,
  closing,
  header,
  line,
  listTable,
  title,
  type Block,
} from '../../../common/docx/administrative-document.js';
import { bodyName, numberLine, settingsSigner } from '../../commendation/documents/document-parts.js';
import type { ActivityPlan } from '../entities/activity-plan.entity.js';
import type { PeriodicReport } from '../entities/periodic-report.entity.js';
import {
  FORM_NAMES,
  SECTION_HEADINGS,
  suggestedSections,
  vnCount,
  vnPercent,
  type PeriodicReportSection,
} from './periodic-report-sections.js';
import type { PeriodicReportFigures } from './periodic-report.model.js';

const KIND_WORD = { INTERIM: 'Sơ kết', FINAL: 'Tổng kết' } as const;

/** yyyy-mm-dd → dd/mm/yyyy. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** "Tuyên truyền Nghị quyết …" → "việc tuyên truyền Nghị quyết …"; "Kế hoạch …" → "thực hiện Kế hoạch …". */
export function planPhrase(plan: Pick<ActivityPlan, 'title' | 'documentNumber'>): string {
  const t = plan.title.normalize('NFC').trim();
  const numbered = plan.documentNumber ? ` (Kế hoạch số ${plan.documentNumber})` : '';
  if (/^kế hoạch/iu.test(t)) return `thực hiện ${t}${numbered}`;
  return `việc ${t.charAt(0).toLowerCase()}${t.slice(1)}${numbered}`;
}

/** The document's title line: "Sơ kết việc tuyên truyền Nghị quyết …". */
export const reportSummary = (
  report: Pick<PeriodicReport, 'kind'>,
  plan: Pick<ActivityPlan, 'title' | 'documentNumber'>,
) => `${KIND_WORD[report.kind]} ${planPhrase(plan)}`;

/** A section's paragraphs: what was written, else the suggestion; one paragraph per line. */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => body(p));

/**
 * The báo cáo sơ kết / tổng kết in the format of Nghị định 30/2020 (the shared builder):
 * header, "BÁO CÁO" and its trích yếu, the dates, I. results with the table of figures by
 * form, the attendance, the reports to the ward, the campaign and contest results and the
 * assessment; II. limitations and causes; III. lessons; IV. tasks; V. proposals; Nơi nhận
 * and the signature block of the document settings.
 */
export function periodicReportDocument(
  settings: DocumentSettings,
  plan: ActivityPlan,
  report: PeriodicReport,
  f: PeriodicReportFigures,
): { title: string; blocks: Block[] } {
  const suggestions = suggestedSections(f);
  const text = (key: PeriodicReportSection) => report.sections?.[key]?.trim() || suggestions[key];
  const heading = (t: string) => line(t, { bold: true, before: 6, after: 6 });
  const sub = (t: string) => line(t, { bold: true, italics: true, after: 4 });
  const summary = reportSummary(report, plan);
  const blocks: Block[] = [
    header({
      parentBody: settings.parentBody,
      issuingBody: settings.issuingBody,
      number: numberLine(report.documentNumber, `BC-${settings.issuingSymbol}`),
      place: settings.placeName,
      date: null,
    }),
    ...title('BÁO CÁO', summary),
    line(`(Từ ngày ${dmy(report.fromDate)} đến ngày ${dmy(report.toDate)})`, {
      align: 'center',
      italics: true,
      after: 6,
    }),
    body(
      `Thực hiện ${plan.documentNumber ? `Kế hoạch số ${plan.documentNumber}` : 'Kế hoạch'} về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}, ${bodyName(settings)} báo cáo ${KIND_WORD[report.kind].toLowerCase()} kết quả thực hiện như sau:`,
    ),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    sub('1. Kết quả theo hình thức tuyên truyền'),
    listTable(
      [
        { title: 'STT', widthMm: 13, align: 'center' },
        { title: 'Hình thức tuyên truyền', widthMm: 77 },
        { title: 'Số hoạt động', widthMm: 25, align: 'center' },
        { title: 'Lượt người tham dự', widthMm: 25, align: 'center' },
        { title: 'Số lượng (tin bài, sản phẩm)', widthMm: 25, align: 'center' },
      ],
      [
        ...f.forms.map((r, i) => [
          String(i + 1),
          FORM_NAMES[r.form] ?? r.form,
          vnCount(r.activityCount),
          vnCount(r.attendeeCount),
          vnCount(r.quantity),
        ]),
        ['', 'Tổng cộng', vnCount(f.total.activityCount), vnCount(f.total.attendeeCount), vnCount(f.total.quantity)],
      ],
    ),
    line('', { size: 6 }),
    sub('2. Tỷ lệ tham dự'),
    ...(f.attendance.length
      ? f.attendance.map((a) =>
          body(`- ${a.kindName}: ${vnCount(a.attendees)}/${vnCount(a.population)} người, đạt ${vnPercent(a.rate)}.`),
        )
      : [body('- Chưa có số liệu danh sách để tính tỷ lệ tham dự.')]),
    sub('3. Phát hiện, xử lý thông tin sai trái; giải quyết khó khăn, vướng mắc'),
    body(
      `- Thông tin sai trái, xuyên tạc được phát hiện, báo cáo: ${vnCount(f.falseInformationFound)}; đã xử lý: ${vnCount(f.falseInformationHandled)}.`,
    ),
    body(
      `- Khó khăn, vướng mắc, đề xuất của cơ sở: ${vnCount(f.difficultiesRaised)}; đã trả lời: ${vnCount(f.difficultiesAnswered)}.`,
    ),
    sub('4. Kết quả phong trào thi đua và cuộc thi tìm hiểu'),
    body(
      `- Phong trào thi đua: ${vnCount(f.campaignPeriodsPublished)} đợt đánh giá đã công bố kết quả, ${vnCount(f.campaignSheetsPublished)} lượt đơn vị được chấm điểm, xếp hạng.`,
    ),
    body(
      `- Cuộc thi tìm hiểu: ${vnCount(f.contestCount)} cuộc thi; ${vnCount(f.contestEntrants)} người dự thi thuộc ${vnCount(f.contestUnits)} đơn vị.`,
    ),
    sub(`5. ${SECTION_HEADINGS.RESULTS}`),
    ...paragraphs(text('RESULTS')),
    heading('II. HẠN CHẾ VÀ NGUYÊN NHÂN'),
    sub(`1. ${SECTION_HEADINGS.LIMITATIONS}`),
    ...paragraphs(text('LIMITATIONS')),
    sub(`2. ${SECTION_HEADINGS.CAUSES}`),
    ...paragraphs(text('CAUSES')),
    heading(`III. ${SECTION_HEADINGS.LESSONS.toUpperCase()}`),
    ...paragraphs(text('LESSONS')),
    heading(`IV. ${SECTION_HEADINGS.TASKS.toUpperCase()}`),
    ...paragraphs(text('TASKS')),
    heading(`V. ${SECTION_HEADINGS.PROPOSALS.toUpperCase()}`),
    ...paragraphs(text('PROPOSALS')),
    body(
      `Trên đây là báo cáo ${KIND_WORD[report.kind].toLowerCase()} ${planPhrase(plan)} của ${bodyName(settings)}./.`,
    ),
    closing(
      [
        'Thường trực Đảng ủy, HĐND phường',
        'Ban Tuyên giáo và Dân vận Đảng ủy phường',
        'Các cơ quan, đơn vị, tổ dân phố',
      ],
      settingsSigner(settings),
    ),
  ];
  return { title: `Báo cáo ${KIND_WORD[report.kind].toLowerCase()} ${plan.title}`, blocks };
}

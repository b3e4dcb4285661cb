import type { PeriodicReportFigures } from './periodic-report.model.js';

/** The narrative sections of a báo cáo sơ kết / tổng kết, in the document's order. */
export const PeriodicReportSection = {
  RESULTS: 'RESULTS',
  LIMITATIONS: 'LIMITATIONS',
  CAUSES: 'CAUSES',
  LESSONS: 'LESSONS',
  TASKS: 'TASKS',
  PROPOSALS: 'PROPOSALS',
} as const;
export type PeriodicReportSection = (typeof PeriodicReportSection)[keyof typeof PeriodicReportSection];
export const PERIODIC_REPORT_SECTIONS: readonly PeriodicReportSection[] = Object.values(PeriodicReportSection);

/** The longest text a section keeps (characters, after NFC). */
export const SECTION_MAX_LENGTH = 10_000;

/** The document's headings of the sections. */
export const SECTION_HEADINGS: Record<PeriodicReportSection, string> = {
  RESULTS: 'Đánh giá chung',
  LIMITATIONS: 'Hạn chế',
  CAUSES: 'Nguyên nhân',
  LESSONS: 'Bài học kinh nghiệm',
  TASKS: 'Nhiệm vụ trọng tâm thời gian tới',
  PROPOSALS: 'Đề xuất, kiến nghị',
};

/** The plan's six forms as the document names them (mục III of the plan). */
export const FORM_NAMES: Record<string, string> = {
  MASS_MEDIA: 'Tuyên truyền trên các phương tiện thông tin đại chúng',
  CYBERSPACE: 'Tuyên truyền trên không gian mạng',
  ORAL: 'Tuyên truyền miệng',
  VISUAL: 'Cổ động trực quan',
  CULTURAL: 'Các hoạt động văn hóa, văn nghệ',
  EMULATION: 'Phong trào thi đua yêu nước',
};

/** Vietnamese thousands: 12345 → "12.345". */
export const vnCount = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A 0..1 rate as "45,5%". */
export const vnPercent = (rate: number): string => `${String(Math.round(rate * 1000) / 10).replace('.', ',')}%`;

/** Keeps only known keys, NFC, trimmed at the ends, line ends as \n; empty texts dropped. */
export function cleanSections(input: readonly { key: string; text: string }[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const s of input) {
    const text = s.text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    if (text) result[s.key] = text;
  }
  return result;
}

/**
 * What a section could say, from the figures, for a person to edit: the results as counts
 * ("Toàn phường tổ chức X buổi … Y lượt người tham dự, Z tin bài"), the limitations and the
 * proposals from what is still open; the rest as the plan's usual wording.
 */
export function suggestedSections(f: PeriodicReportFigures): Record<PeriodicReportSection, string> {
  const by = (form: string) =>
    f.forms.find((r) => r.form === form) ?? { activityCount: 0, attendeeCount: 0, quantity: 0 };
  const oral = by('ORAL');
  const media = by('MASS_MEDIA');
  const cyber = by('CYBERSPACE');
  const visual = by('VISUAL');
  const cultural = by('CULTURAL');
  const emulation = by('EMULATION');
  const results = [
    `Toàn phường tổ chức ${vnCount(f.total.activityCount)} hoạt động tuyên truyền với ${vnCount(f.total.attendeeCount)} lượt người tham dự; trong đó ${vnCount(oral.activityCount)} buổi tuyên truyền miệng (hội nghị, sinh hoạt chi bộ, họp tổ dân phố) với ${vnCount(oral.attendeeCount)} lượt người tham dự.`,
    `Đăng tải ${vnCount(media.quantity + cyber.quantity)} tin bài trên các phương tiện thông tin đại chúng và không gian mạng; treo ${vnCount(visual.quantity)} băng rôn, pa nô, áp phích; tổ chức ${vnCount(cultural.activityCount)} hoạt động văn hóa, văn nghệ và ${vnCount(emulation.activityCount)} hoạt động thi đua.`,
  ];
  for (const a of f.attendance)
    results.push(
      `Tỷ lệ ${a.kindName.toLowerCase()} tham dự: ${vnPercent(a.rate)} (${vnCount(a.attendees)}/${vnCount(a.population)}).`,
    );
  if (f.falseInformationFound)
    results.push(
      `Phát hiện ${vnCount(f.falseInformationFound)} thông tin sai trái, xuyên tạc; đã xử lý ${vnCount(f.falseInformationHandled)}.`,
    );
  if (f.contestCount)
    results.push(
      `Tổ chức ${vnCount(f.contestCount)} cuộc thi tìm hiểu với ${vnCount(f.contestEntrants)} lượt người dự thi của ${vnCount(f.contestUnits)} đơn vị.`,
    );
  if (f.campaignPeriodsPublished)
    results.push(
      `Công bố kết quả ${vnCount(f.campaignPeriodsPublished)} đợt chấm điểm thi đua, ${vnCount(f.campaignSheetsPublished)} đơn vị được xếp hạng.`,
    );
  const limitations: string[] = [];
  const openDifficulties = f.difficultiesRaised - f.difficultiesAnswered;
  const openIncidents = f.falseInformationFound - f.falseInformationHandled;
  if (openIncidents > 0)
    limitations.push(`Còn ${vnCount(openIncidents)} thông tin sai trái, xuyên tạc chưa được xử lý dứt điểm.`);
  if (openDifficulties > 0)
    limitations.push(`Còn ${vnCount(openDifficulties)} khó khăn, vướng mắc của cơ sở chưa được trả lời.`);
  const low = f.attendance.filter((a) => a.population > 0 && a.rate < 0.5);
  if (low.length)
    limitations.push(`Tỷ lệ tham dự của ${low.map((a) => a.kindName.toLowerCase()).join(', ')} còn thấp (dưới 50%).`);
  if (!limitations.length) limitations.push('Một số hình thức tuyên truyền chưa đa dạng, chưa thường xuyên.');
  return {
    RESULTS: results.join('\n'),
    LIMITATIONS: limitations.join('\n'),
    CAUSES: 'Một số cơ quan, đơn vị chưa chủ động xây dựng kế hoạch, chưa báo cáo kịp thời kết quả thực hiện.',
    LESSONS:
      'Phát huy vai trò lãnh đạo của cấp ủy, sự vào cuộc của cả hệ thống chính trị; đa dạng hóa hình thức tuyên truyền, kết hợp tuyên truyền trực tiếp và trên không gian mạng.',
    TASKS:
      'Tiếp tục tuyên truyền sâu rộng Nghị quyết đến cán bộ, đảng viên và Nhân dân; chủ động phát hiện, đấu tranh phản bác các thông tin sai trái, xuyên tạc; định kỳ báo cáo kết quả về Phòng Văn hóa - Xã hội phường.',
    PROPOSALS:
      openDifficulties > 0
        ? `Đề nghị các cơ quan chuyên môn sớm trả lời ${vnCount(openDifficulties)} khó khăn, vướng mắc còn tồn đọng của cơ sở.`
        : 'Đề nghị tiếp tục quan tâm cung cấp tài liệu tuyên truyền cho cơ sở.',
  };
}

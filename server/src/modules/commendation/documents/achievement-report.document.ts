import {
  body,
  closing,
  header,
  line,
  listTable,
  title,
  type Block,
} from '../../../common/docx/administrative-document.js';
import { councilText, numberLine, vnNumber } from './document-parts.js';
import type { RoundFacts, UnitReportFacts } from './round-documents.loader.js';

/** Báo cáo thành tích of a collective: its scores by group, rank, evidence and achievements; signed by its head. */
export function achievementReportDocument(facts: RoundFacts, u: UnitReportFacts): { title: string; blocks: Block[] } {
  const { settings: s, campaign, round } = facts;
  const forms = [...new Set(u.proposals.map((p) => p.form.name))].join(', ');
  const period = campaign ? `${campaign.campaignTitle} (${campaign.periodName})` : `năm ${round.year}`;
  const blocks: Block[] = [
    header({
      parentBody: s.issuingBody,
      issuingBody: u.unit.name,
      number: numberLine(null, 'BC'),
      place: s.placeName,
      date: null,
    }),
    ...title('BÁO CÁO THÀNH TÍCH', `Đề nghị tặng ${forms}`),
    line('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { bold: true, after: 6 }),
    body(`Tên tập thể: ${u.unit.name}.${u.blockName ? ` Khối thi đua: ${u.blockName}.` : ''}`),
    body(`Thời gian đánh giá: ${period}.`),
    line('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, before: 6, after: 6 }),
  ];
  if (u.groups.length) {
    blocks.push(
      body('1. Kết quả chấm điểm theo các tiêu chuẩn thi đua:'),
      listTable(
        [
          { title: 'STT', widthMm: 15, align: 'center' },
          { title: 'Nhóm tiêu chí', widthMm: 75 },
          { title: 'Điểm tối đa', widthMm: 25, align: 'center' },
          { title: 'Tự chấm', widthMm: 25, align: 'center' },
          { title: 'Thẩm định', widthMm: 25, align: 'center' },
        ],
        [
          ...u.groups.map((g) => [g.code, g.title, vnNumber(g.maxPoints), vnNumber(g.self), vnNumber(g.reviewed)]),
          [
            '',
            'Tổng cộng',
            vnNumber(u.groups.reduce((t, g) => t + g.maxPoints, 0)),
            vnNumber(u.selfTotal),
            vnNumber(u.reviewedTotal),
          ],
        ],
      ),
      line('', { size: 6 }),
    );
  }
  if (u.rank !== null) {
    blocks.push(
      body(
        `2. Xếp hạng: thứ ${u.rank}/${u.blockSize} trong ${u.blockName ?? 'khối'}${u.title ? `, đạt danh hiệu “${u.title}”` : ''}.`,
      ),
    );
  }
  if (u.evidence.length) {
    blocks.push(
      body('3. Minh chứng kèm theo:'),
      listTable(
        [
          { title: 'STT', widthMm: 15, align: 'center' },
          { title: 'Tiêu chí', widthMm: 70 },
          { title: 'Minh chứng', widthMm: 80 },
        ],
        u.evidence.map((e, i) => [String(i + 1), `${e.code}. ${e.indicator}`, e.name]),
      ),
      line('', { size: 6 }),
    );
  }
  for (const p of u.proposals) if (p.proposal.achievements) blocks.push(body(p.proposal.achievements));
  blocks.push(
    line('III. ĐỀ NGHỊ KHEN THƯỞNG', { bold: true, before: 6, after: 6 }),
    body(`Từ những thành tích trên, ${u.unit.name} kính đề nghị ${councilText(s)} xét, đề nghị tặng ${forms}./.`),
    closing([councilText(s)], { title: 'THỦ TRƯỞNG ĐƠN VỊ', capacity: '', name: '' }),
  );
  return { title: `Báo cáo thành tích ${u.unit.name}`, blocks };
}

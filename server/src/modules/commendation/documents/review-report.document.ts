import {
  body,
  closing,
  header,
  line,
  listTable,
  title,
  type Block,
} from '../../../common/docx/administrative-document.js';
import { councilText, isCollective, numberLine, PERIOD_WORD, settingsSigner, vnNumber } from './document-parts.js';
import type { RoundFacts } from './round-documents.loader.js';

const paragraphs = (text: string, empty: string) =>
  (text.trim() ? text.split(/\n+/).filter((t) => t.trim()) : [empty]).map((t) => body(t.trim()));

/** Báo cáo sơ kết / tổng kết: ward-wide figures from the campaign, the commendation results and the narrative. */
export function reviewReportDocument(facts: RoundFacts): { title: string; blocks: Block[] } {
  const { settings: s, round, campaign } = facts;
  const word = campaign ? PERIOD_WORD[campaign.periodKind] : 'tổng kết';
  const Word = word.charAt(0).toUpperCase() + word.slice(1);
  const subject = campaign
    ? `${campaign.campaignTitle} (${campaign.periodName})`
    : `công tác thi đua, khen thưởng năm ${round.year}`;
  const blocks: Block[] = [
    header({
      parentBody: s.parentBody,
      issuingBody: s.issuingBody,
      number: numberLine(null, `BC-${s.issuingSymbol}`),
      place: s.placeName,
      date: null,
    }),
    ...title('BÁO CÁO', `${Word} ${subject}`),
    line('I. KẾT QUẢ ĐẠT ĐƯỢC', { bold: true, after: 6 }),
    ...paragraphs(round.narrative?.results ?? '', '…'),
  ];
  if (campaign) {
    blocks.push(
      body(
        `1. Kết quả chấm điểm, xếp hạng các đơn vị (từ ngày ${campaign.startsOn.split('-').reverse().join('/')} đến ngày ${campaign.endsOn.split('-').reverse().join('/')}):`,
      ),
    );
    for (const block of campaign.blocks) {
      const totals = block.rows.map((r) => r.total);
      const average = totals.length ? totals.reduce((t, v) => t + v, 0) / totals.length : null;
      const titled = block.rows.filter((r) => r.title).length;
      blocks.push(
        line(
          `${block.name}: ${block.rows.length} đơn vị được xếp hạng, điểm bình quân ${vnNumber(average)}, ${titled} đơn vị đạt danh hiệu.`,
          {
            align: 'justify',
            italics: true,
            after: 4,
          },
        ),
        listTable(
          [
            { title: 'Hạng', widthMm: 15, align: 'center' },
            { title: 'Đơn vị', widthMm: 75 },
            { title: 'Tổng điểm', widthMm: 25, align: 'center' },
            { title: 'Danh hiệu', widthMm: 50 },
          ],
          block.rows.map((r) => [String(r.rank), r.unit.name, vnNumber(r.total), r.title?.name ?? '']),
        ),
        line('', { size: 6 }),
      );
    }
  }
  const byForm = new Map<string, { collectives: number; individuals: number }>();
  for (const p of facts.proposals) {
    if (!['PASSED', 'CONFERRED', 'FORWARDED'].includes(p.proposal.status)) continue;
    const row = byForm.get(p.form.name) ?? { collectives: 0, individuals: 0 };
    if (isCollective(p)) row.collectives += 1;
    else row.individuals += 1;
    byForm.set(p.form.name, row);
  }
  blocks.push(
    body(`${campaign ? '2' : '1'}. Kết quả xét khen thưởng (${councilText(s)}):`),
    listTable(
      [
        { title: 'Hình thức khen thưởng', widthMm: 95 },
        { title: 'Tập thể', widthMm: 35, align: 'center' },
        { title: 'Cá nhân', widthMm: 35, align: 'center' },
      ],
      [...byForm].map(([form, n]) => [form, String(n.collectives), String(n.individuals)]),
    ),
    line('II. HẠN CHẾ, NGUYÊN NHÂN', { bold: true, before: 12, after: 6 }),
    ...paragraphs(round.narrative?.limitations ?? '', '…'),
    line('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', { bold: true, before: 6, after: 6 }),
    ...paragraphs(round.narrative?.directions ?? '', '…'),
    body(`Trên đây là báo cáo ${word} ${subject}./.`),
    closing(['Thường trực Đảng ủy, HĐND phường', councilText(s), 'Các đơn vị trực thuộc'], settingsSigner(s)),
  );
  return { title: `Báo cáo ${word}`, blocks };
}

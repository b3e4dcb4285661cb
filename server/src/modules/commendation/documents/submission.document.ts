import {
  body,
  closing,
  header,
  line,
  listTable,
  title,
  type Block,
} from '../../../common/docx/administrative-document.js';
import { bodyName, councilText, dayText, isCollective, numberLine, recipientText, symbolOf } from './document-parts.js';
import type { RoundFacts } from './round-documents.loader.js';

const LISTED = new Set(['PASSED', 'CONFERRED', 'FORWARDED']);

/** Tờ trình of the organiser to the chairman: the council's result and the list proposed for commendation. */
export function submissionDocument(facts: RoundFacts): { title: string; blocks: Block[] } {
  const { settings: s, round, session, campaign } = facts;
  const listed = facts.proposals.filter((p) =>
    session ? LISTED.has(p.proposal.status) : p.proposal.status !== 'WITHDRAWN',
  );
  const collectives = listed.filter(isCollective).length;
  const subject = campaign
    ? `các tập thể, cá nhân có thành tích trong ${campaign.campaignTitle} (${campaign.periodName})`
    : `các tập thể, cá nhân có thành tích năm ${round.year}`;
  const chairman = `Chủ tịch ${bodyName(s)}`;
  const blocks: Block[] = [
    header({
      parentBody: s.issuingBody,
      issuingBody: s.organiserName,
      number: numberLine(round.submissionNumber, `TTr-${symbolOf(s.organiserName)}`),
      place: s.placeName,
      date: round.submissionDate,
    }),
    ...title('TỜ TRÌNH', `Về việc đề nghị khen thưởng ${subject}`),
    line(`Kính gửi: ${chairman}.`, { align: 'center', after: 6 }),
    body(
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ),
    body(
      session
        ? `Căn cứ kết quả họp xét của ${councilText(s)} ngày ${dayText(session.heldAt)};`
        : `Căn cứ danh sách đề nghị của đợt xét khen thưởng “${round.name}”;`,
    ),
    body(
      `${s.organiserName} kính trình ${chairman} xem xét, quyết định khen thưởng ${collectives} tập thể và ${listed.length - collectives} cá nhân có thành tích, cụ thể như sau:`,
    ),
    listTable(
      [
        { title: 'STT', widthMm: 12, align: 'center' },
        { title: 'Tên tập thể, cá nhân', widthMm: 50 },
        { title: 'Hình thức khen thưởng', widthMm: 38 },
        { title: 'Thành tích', widthMm: 65 },
      ],
      listed.map((p, i) => [String(i + 1), recipientText(p), p.form.name, p.proposal.achievements]),
    ),
    line('', { size: 6 }),
    body(`${s.organiserName} kính trình ${chairman} xem xét, quyết định./.`),
    closing(['Như trên', councilText(s)], { title: 'TRƯỞNG PHÒNG', name: '' }),
  ];
  return { title: 'Tờ trình đề nghị khen thưởng', blocks };
}

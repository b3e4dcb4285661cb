import {
  body,
  bodyRuns,
  closing,
  documentDate,
  header,
  line,
  listTable,
  pageBreak,
  title,
  type Block,
} from '../../../common/docx/administrative-document.js';
import {
  bodyName,
  councilText,
  dayText,
  isCollective,
  numberLine,
  recipientText,
  settingsSigner,
} from './document-parts.js';
import type { ProposalFacts, RoundFacts } from './round-documents.loader.js';

const DECIDED = new Set(['CONFERRED', 'REVOKED']);

/** The proposals the decision confers: after the decision those conferred, before it those the council passed. */
export function decisionList(facts: RoundFacts): ProposalFacts[] {
  const decided = facts.round.status === 'DECIDED';
  return facts.proposals.filter(
    (p) => p.form.authority === 'CONFER' && (decided ? DECIDED.has(p.proposal.status) : p.proposal.status === 'PASSED'),
  );
}

/** Quyết định khen thưởng with its annex list; a draft ("DỰ THẢO") until the decision is recorded. */
export function decisionDocument(facts: RoundFacts): { title: string; blocks: Block[] } {
  const { settings: s, round, session, campaign } = facts;
  const decided = round.status === 'DECIDED' && !!round.decisionNumber;
  const number = numberLine(decided ? round.decisionNumber : null, `QĐ-${s.issuingSymbol}`);
  const date = decided ? round.decisionDate : null;
  const list = decisionList(facts);
  const collectives = list.filter(isCollective).length;
  const scope = campaign
    ? `có thành tích trong ${campaign.campaignTitle} (${campaign.periodName})`
    : `có thành tích năm ${round.year}`;
  const forms = [...new Set(list.map((p) => p.form.name))];
  const signer = {
    ...settingsSigner(s),
    ...(round.signerTitle
      ? {
          authority: round.signerAuthority ?? '',
          capacity: round.signerCapacity ?? '',
          title: round.signerTitle,
          name: round.signerName ?? '',
        }
      : {}),
  };
  const submission = round.submissionNumber ? `số ${round.submissionNumber}` : '';
  const blocks: Block[] = [
    ...(decided ? [] : [line('DỰ THẢO', { align: 'right', bold: true, size: 13 })]),
    header({ parentBody: s.parentBody, issuingBody: s.issuingBody, number, place: s.placeName, date }),
    ...title('QUYẾT ĐỊNH', `Về việc khen thưởng các tập thể, cá nhân ${scope}`),
    line(`CHỦ TỊCH ${s.issuingBody.toUpperCase()}`, { align: 'center', bold: true, after: 6 }),
    body('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', { italics: true }),
    body('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', { italics: true }),
    body(
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      { italics: true },
    ),
    body(
      `Căn cứ Biên bản họp xét thi đua, khen thưởng của ${councilText(s)}${session ? ` ngày ${dayText(session.heldAt)}` : ''};`,
      { italics: true },
    ),
    body(
      `Theo đề nghị của ${s.organiserName} tại Tờ trình ${submission}${round.submissionDate ? ` ${documentDate(round.submissionDate)}` : ''}.`.replace(
        / {2,}/g,
        ' ',
      ),
      { italics: true },
    ),
    line('QUYẾT ĐỊNH:', { align: 'center', bold: true, before: 6, after: 6 }),
    bodyRuns([
      { text: 'Điều 1. ', bold: true },
      {
        text: `Tặng ${forms.join(', ') || 'giấy khen'} cho ${collectives} tập thể và ${list.length - collectives} cá nhân đã có thành tích ${scope.replace(/^có thành tích /, '')} (có danh sách kèm theo).`,
      },
    ]),
    bodyRuns([
      { text: 'Điều 2. ', bold: true },
      { text: 'Tiền thưởng kèm theo hình thức khen thưởng thực hiện theo quy định hiện hành.' },
    ]),
    bodyRuns([
      { text: 'Điều 3. ', bold: true },
      {
        text: `Quyết định này có hiệu lực kể từ ngày ký. Văn phòng ${bodyName(s)}, ${s.organiserName}, các tập thể, cá nhân có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ]),
    closing(['Như Điều 3', councilText(s)], signer),
    pageBreak(),
    line('DANH SÁCH KHEN THƯỞNG', { align: 'center', bold: true }),
    line(`(Kèm theo Quyết định ${number.replace('Số: ', 'số ')} ${documentDate(date)} của Chủ tịch ${bodyName(s)})`, {
      align: 'center',
      italics: true,
      after: 12,
    }),
    listTable(
      [
        { title: 'STT', widthMm: 12, align: 'center' },
        { title: 'Tên tập thể, cá nhân', widthMm: 58 },
        { title: 'Hình thức khen thưởng', widthMm: 40 },
        { title: 'Thành tích', widthMm: 55 },
      ],
      list.map((p, i) => [String(i + 1), recipientText(p), p.form.name, p.proposal.achievements]),
    ),
  ];
  return { title: 'Quyết định khen thưởng', blocks };
}

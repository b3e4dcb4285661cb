import { approvalPercent, hasQuorum, quorumRequired, type CouncilRole } from '@thidua/shared';
import {
  body,
  documentDate,
  header,
  line,
  listTable,
  title,
  twoSignatures,
  type Block,
} from '../../../common/docx/administrative-document.js';
import { clockText, councilText, numberLine, recipientText, vnNumber } from './document-parts.js';
import type { RoundFacts } from './round-documents.loader.js';

export const ROLE_TEXT: Record<CouncilRole, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  STANDING_MEMBER: 'Ủy viên thường trực',
  MEMBER: 'Ủy viên',
  SECRETARY: 'Thư ký',
};

/** Biên bản họp xét thi đua, khen thưởng: who attended, the quorum, each vote with its counts, re-votes and the closing. */
export function minutesDocument(facts: RoundFacts): { title: string; blocks: Block[] } {
  const { settings: s, session, members, round } = facts;
  const heldAt = session?.heldAt ?? null;
  const present = members.filter((m) => m.present);
  const chair = members.find((m) => m.role === 'CHAIR');
  const secretary = members.find((m) => m.role === 'SECRETARY');
  const rule = { numerator: session?.quorumNumerator ?? 2, denominator: session?.quorumDenominator ?? 3 };
  const quorate = hasQuorum(present.length, members.length, rule);
  const byId = new Map(facts.proposals.map((p) => [p.proposal.id, p]));
  const order = new Map(facts.proposals.map((p, i) => [p.proposal.id, i]));
  const votes = [...facts.votes].sort(
    (a, b) => (order.get(a.proposalId) ?? 0) - (order.get(b.proposalId) ?? 0) || a.attempt - b.attempt,
  );
  const latest = new Map<string, number>();
  for (const v of votes) latest.set(v.proposalId, Math.max(latest.get(v.proposalId) ?? 0, v.attempt));
  const blocks: Block[] = [
    header({
      parentBody: s.issuingBody,
      issuingBody: s.councilName,
      number: numberLine(null, 'BB-HĐTĐKT'),
      place: s.placeName,
      date: heldAt,
    }),
    ...title('BIÊN BẢN', 'Họp xét thi đua, khen thưởng'),
    body(
      `Thời gian: Vào lúc ${heldAt ? `${clockText(heldAt)}, ${documentDate(heldAt)}` : '… giờ … phút, ngày … tháng … năm …'}.`,
    ),
    body(`Địa điểm: ${session?.location || '…'}.`),
    body(`Nội dung: Xét đề nghị khen thưởng đợt “${round.name}”.`),
    line('I. THÀNH PHẦN', { bold: true, before: 6, after: 6 }),
    body(
      `Chủ trì: ${chair ? `Ông (bà) ${chair.fullName}${chair.position ? `, ${chair.position}` : ''} - Chủ tịch Hội đồng` : '…'}.`,
    ),
    body(
      `Thư ký: ${secretary ? `Ông (bà) ${secretary.fullName}${secretary.position ? `, ${secretary.position}` : ''}` : '…'}.`,
    ),
    listTable(
      [
        { title: 'STT', widthMm: 12, align: 'center' },
        { title: 'Họ và tên', widthMm: 45 },
        { title: 'Chức vụ', widthMm: 48 },
        { title: 'Vai trò', widthMm: 35 },
        { title: 'Tham dự', widthMm: 25, align: 'center' },
      ],
      members.map((m, i) => [
        String(i + 1),
        m.fullName,
        m.position,
        ROLE_TEXT[m.role],
        m.present ? 'Có mặt' : 'Vắng mặt',
      ]),
    ),
    line('', { size: 6 }),
    body(
      `Số thành viên Hội đồng có mặt: ${present.length}/${members.length} (vắng mặt: ${members.length - present.length}); ` +
        `số thành viên cần có mặt: ${quorumRequired(members.length, rule)} (${rule.numerator}/${rule.denominator} tổng số thành viên). ` +
        (quorate ? 'Cuộc họp đủ điều kiện tiến hành theo quy định.' : 'Cuộc họp không đủ số thành viên theo quy định.'),
    ),
    line('II. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT', { bold: true, before: 6, after: 6 }),
    body(`Hội đồng đã xem xét ${facts.proposals.length} đề nghị khen thưởng; kết quả biểu quyết như sau:`),
    listTable(
      [
        { title: 'STT', widthMm: 9, align: 'center' },
        { title: 'Tập thể, cá nhân', widthMm: 29 },
        { title: 'Hình thức', widthMm: 22 },
        { title: 'Cách biểu quyết', widthMm: 15, align: 'center' },
        { title: 'Có mặt', widthMm: 11, align: 'center' },
        { title: 'Đồng ý', widthMm: 11, align: 'center' },
        { title: 'Không đồng ý', widthMm: 13, align: 'center' },
        { title: 'Không biểu quyết', widthMm: 15, align: 'center' },
        { title: 'Tỷ lệ %', widthMm: 12, align: 'center' },
        { title: 'Ngưỡng %', widthMm: 15, align: 'center' },
        { title: 'Kết quả', widthMm: 13, align: 'center' },
      ],
      votes.map((v, i) => {
        const p = byId.get(v.proposalId);
        return [
          String(i + 1),
          `${p ? recipientText(p) : ''}${v.attempt > 1 ? ` (biểu quyết lại lần ${v.attempt})` : ''}`,
          p?.form.name ?? '',
          v.ballot === 'SECRET' ? 'Bỏ phiếu kín' : 'Giơ tay',
          String(v.present),
          String(v.approve),
          String(v.against),
          String(v.abstain),
          vnNumber(approvalPercent(v)),
          vnNumber(v.thresholdPercent),
          v.passed ? 'Đạt' : 'Không đạt',
        ];
      }),
      10,
    ),
    line('', { size: 6 }),
    ...votes
      .filter((v) => v.attempt > 1)
      .map((v) => {
        const p = byId.get(v.proposalId);
        return body(
          `Biểu quyết lại lần ${v.attempt} đối với ${p?.proposal.recipientName ?? ''} (${p?.form.name ?? ''}): ${v.reason ?? ''}; kết quả: ${v.passed ? 'đạt' : 'không đạt'} (${vnNumber(approvalPercent(v))}%).`,
        );
      }),
    ...(session?.minutesNote ? session.minutesNote.split(/\n+/).map((t) => body(t)) : []),
    line('III. KẾT LUẬN', { bold: true, before: 6, after: 6 }),
    body(
      `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường khen thưởng ${
        [...latest].filter(([id, attempt]) => votes.find((v) => v.proposalId === id && v.attempt === attempt)?.passed)
          .length
      } tập thể, cá nhân đạt tỷ lệ biểu quyết theo quy định.`,
    ),
    body(
      `Cuộc họp kết thúc ${session?.closedAt ? `vào lúc ${clockText(session.closedAt)}` : 'cùng ngày'}. Biên bản đã được đọc lại cho các thành viên dự họp nghe và thống nhất thông qua./.`,
    ),
    line('Nơi nhận:', { bold: true, italics: true, size: 12, before: 6 }),
    line('- Các thành viên Hội đồng;', { size: 11 }),
    line(`- Lưu: hồ sơ khen thưởng, ${councilText(s)}.`, { size: 11, after: 6 }),
    twoSignatures(
      { title: 'THƯ KÝ', name: secretary?.fullName ?? '' },
      { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.fullName ?? '' },
    ),
  ];
  return { title: 'Biên bản họp xét thi đua, khen thưởng', blocks };
}

/**
 * Commendation (khen thưởng) under the Law on Emulation and Commendation 2022 and the
 * decrees that apply it. Every rule that varies by locality is data (the catalogue of
 * forms, thresholds, posting days); these enums are the vocabulary the data uses.
 */

/** Who a form goes to: a collective (tập thể: a unit) or an individual (cá nhân: a person on a roster). */
export const RecipientKind = { COLLECTIVE: 'COLLECTIVE', INDIVIDUAL: 'INDIVIDUAL' } as const;
export type RecipientKind = (typeof RecipientKind)[keyof typeof RecipientKind];

/** The ward chairman confers it (tặng, công nhận), or the ward proposes it to the higher level (đề nghị cấp trên). */
export const FormAuthority = { CONFER: 'CONFER', PROPOSE_UPWARD: 'PROPOSE_UPWARD' } as const;
export type FormAuthority = (typeof FormAuthority)[keyof typeof FormAuthority];

/** When a form is considered: once a year (danh hiệu thi đua), at the end of a thematic campaign, or at a sơ kết / tổng kết. */
export const FormPeriod = { ANNUAL: 'ANNUAL', THEMATIC: 'THEMATIC', INTERIM: 'INTERIM' } as const;
export type FormPeriod = (typeof FormPeriod)[keyof typeof FormPeriod];

/**
 * One condition of a form's checklist:
 * - MIN_TOTAL: the unit's reviewed total in the period's ranking is at least `value` points;
 * - GROUP_FLOOR: every top-level group (tiêu chuẩn) reaches `value` % of its maximum;
 * - MAX_RANK: ranked at most `value` in its block;
 * - MEMBER_SHARE: of the unit's members of `populationKind`, at least (or, `strict`, more than) `value` %
 *   hold the individual form `formCode` in the same year (proposed and passed, or conferred);
 * - CONFIRMED: a yes/no the organiser confirms with evidence (e.g. "không có cá nhân bị kỷ luật từ cảnh cáo trở lên").
 */
export const ConditionKind = {
  MIN_TOTAL: 'MIN_TOTAL',
  GROUP_FLOOR: 'GROUP_FLOOR',
  MAX_RANK: 'MAX_RANK',
  MEMBER_SHARE: 'MEMBER_SHARE',
  CONFIRMED: 'CONFIRMED',
} as const;
export type ConditionKind = (typeof ConditionKind)[keyof typeof ConditionKind];
export const CONDITION_KINDS: readonly ConditionKind[] = Object.values(ConditionKind);

/** A round of commendation (đợt xét khen thưởng): proposals → council → public posting → decision. */
export const RoundStatus = {
  /** Proposals are being drawn up from rankings and records. */
  PROPOSING: 'PROPOSING',
  /** The council (Hội đồng Thi đua - Khen thưởng) is in session: attendance, votes. */
  IN_COUNCIL: 'IN_COUNCIL',
  /** The list the council passed is posted publicly for residents' comments. */
  POSTED: 'POSTED',
  /** The chairman's decision is recorded: number, date, signer, the final list. */
  DECIDED: 'DECIDED',
} as const;
export type RoundStatus = (typeof RoundStatus)[keyof typeof RoundStatus];

export const ProposalStatus = {
  PROPOSED: 'PROPOSED',
  /** The council's vote reached the threshold. */
  PASSED: 'PASSED',
  NOT_PASSED: 'NOT_PASSED',
  /** Taken off the list (e.g. after a resident's comment), with a reason. */
  WITHDRAWN: 'WITHDRAWN',
  /** In the chairman's decision. */
  CONFERRED: 'CONFERRED',
  /** A higher form: the ward's tờ trình proposes it upward; not conferred by the ward. */
  FORWARDED: 'FORWARDED',
  /** Conferred, then revoked (Law, chương VII) with a reason shown on the public list. */
  REVOKED: 'REVOKED',
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

/** Where a proposal came from. */
export const ProposalSource = { RANKING: 'RANKING', RECORD: 'RECORD', MANUAL: 'MANUAL' } as const;
export type ProposalSource = (typeof ProposalSource)[keyof typeof ProposalSource];

export const BallotKind = { OPEN: 'OPEN', SECRET: 'SECRET' } as const;
export type BallotKind = (typeof BallotKind)[keyof typeof BallotKind];

/** Roles in the council (Chủ tịch, Phó Chủ tịch, Ủy viên thường trực, Ủy viên, Thư ký). */
export const CouncilRole = {
  CHAIR: 'CHAIR',
  VICE_CHAIR: 'VICE_CHAIR',
  STANDING_MEMBER: 'STANDING_MEMBER',
  MEMBER: 'MEMBER',
  SECRETARY: 'SECRETARY',
} as const;
export type CouncilRole = (typeof CouncilRole)[keyof typeof CouncilRole];

/** A resident's comment on the posted list, as the organiser handled it. */
export const CommentStatus = {
  NEW: 'NEW',
  /** Well founded: acted on (the handling note says how, e.g. the proposal withdrawn). */
  ACCEPTED: 'ACCEPTED',
  /** Checked and unfounded, with the reason. */
  DISMISSED: 'DISMISSED',
  /** Abuse or spam: hidden, kept for the record. */
  HIDDEN: 'HIDDEN',
} as const;
export type CommentStatus = (typeof CommentStatus)[keyof typeof CommentStatus];

/** The documents of a round (Nghị định 30/2020 format, DOCX). */
export const CommendationDocumentKind = {
  /** Tờ trình đề nghị khen thưởng. */
  SUBMISSION: 'SUBMISSION',
  /** Biên bản họp xét thi đua, khen thưởng. */
  MINUTES: 'MINUTES',
  /** Báo cáo thành tích of one unit. */
  ACHIEVEMENT_REPORT: 'ACHIEVEMENT_REPORT',
  /** Quyết định khen thưởng with the list. */
  DECISION: 'DECISION',
  /** Báo cáo sơ kết / tổng kết. */
  REVIEW_REPORT: 'REVIEW_REPORT',
} as const;
export type CommendationDocumentKind = (typeof CommendationDocumentKind)[keyof typeof CommendationDocumentKind];

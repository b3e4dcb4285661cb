import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { createNeighbourhoodGroups, errorOf } from '../../campaigns/sheets/testing/sheet-scenario.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import { CommendationRound } from '../entities/commendation-round.entity.js';
import { PostingComment } from '../entities/posting-comment.entity.js';

const DAY = 24 * 60 * 60 * 1000;
const SESSION = `id closedAt quorumRequired presentCount hasQuorum
  members { id fullName role present } votes { proposalId attempt ballot present approve thresholdPercent passed reason }`;
const POSTING = `roundId wardName roundName status postingStartsAt postingEndsAt places commentsOpen decisionNumber
  decisionDate entries { proposalId formName recipientName unitName recipientDetail achievements status
  revocationReason revokedAt }`;

interface Session {
  id: string;
  closedAt: string | null;
  quorumRequired: number;
  presentCount: number;
  hasQuorum: boolean;
  members: { id: string; fullName: string; role: string; present: boolean }[];
  votes: { proposalId: string; attempt: number; passed: boolean; reason: string | null; thresholdPercent: number }[];
}
interface Posting {
  wardName: string;
  status: string;
  commentsOpen: boolean;
  postingStartsAt: string;
  postingEndsAt: string;
  decisionNumber: string | null;
  entries: {
    proposalId: string;
    recipientName: string;
    unitName: string;
    status: string;
    revocationReason: string | null;
  }[];
}

/**
 * A round from the council to the certificates: quorum and attendance, votes at the
 * form's threshold (7 of 10 at 70 % passes, 6 does not), re-votes with a reason, secret
 * ballots; the public posting with residents' comments (window, length, rate limit),
 * a comment accepted with the proposal withdrawn; the decision refused before the end
 * of the posting and recorded after it; a revocation; no certificate of a revoked title.
 * Every refusal leaves the rows and the trail as they were.
 */
describe('commendation council, posting and decision', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let units: Record<string, string>;
  const forms: Record<string, CommendationForm> = {};

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token?: string) =>
    app.gql<T>(query, variables, token);
  const reason = (r: GraphqlResponse) => errorOf(r)?.reason;
  const state = async () =>
    JSON.stringify([
      await app.dataSource.query('SELECT * FROM commendation_round ORDER BY id'),
      await app.dataSource.query('SELECT * FROM commendation_proposal ORDER BY id'),
      await app.dataSource.query('SELECT * FROM council_session ORDER BY id'),
      await app.dataSource.query('SELECT * FROM council_member ORDER BY id'),
      await app.dataSource.query('SELECT * FROM council_vote ORDER BY id'),
      await app.dataSource.query('SELECT * FROM posting_comment ORDER BY id'),
      await app.dataSource.query('SELECT count(*)::int AS n FROM commendation_event'),
    ]);
  /** The call is refused with `expected` and changes nothing. */
  const refused = async (expected: string, call: () => Promise<GraphqlResponse>) => {
    const before = await state();
    const r = await call();
    expect(reason(r)).toBe(expected);
    expect(await state()).toBe(before);
    return errorOf(r)?.details;
  };

  const openSession = (input: Record<string, unknown>) =>
    gql<{ openCouncilSession: Session }>(
      `mutation($input: OpenCouncilSessionInput!) { openCouncilSession(input: $input) { ${SESSION} } }`,
      { input },
      reviewer,
    );
  const attend = (memberId: string, present: boolean) =>
    gql<{ setCouncilAttendance: Session }>(
      `mutation($input: SetCouncilAttendanceInput!) { setCouncilAttendance(input: $input) { ${SESSION} } }`,
      { input: { memberId, present } },
      reviewer,
    );
  const vote = (input: Record<string, unknown>) =>
    gql<{ recordCouncilVote: { proposalStatus: string; vote: { attempt: number; passed: boolean } } }>(
      `mutation($input: RecordCouncilVoteInput!) { recordCouncilVote(input: $input) {
        proposalStatus vote { attempt passed thresholdPercent approvalPercent } } }`,
      { input: { ballot: 'OPEN', present: 10, against: 0, abstain: 0, ...input } },
      reviewer,
    );
  const startPosting = (input: Record<string, unknown>) =>
    gql<{ startPosting: { status: string; postingStartsAt: string; postingEndsAt: string } }>(
      `mutation($input: StartPostingInput!) { startPosting(input: $input) { status postingStartsAt postingEndsAt
        session { closedAt } } }`,
      { input: { places: 'Nhà văn hóa các tổ dân phố, trụ sở UBND phường', ...input } },
      reviewer,
    );
  const posting = async (roundId: string) =>
    gql<{ publicPosting: Posting }>(`query($id: ID!) { publicPosting(roundId: $id) { ${POSTING} } }`, { id: roundId });
  const comment = (input: Record<string, unknown>) =>
    gql<{ submitPostingComment: { id: string; createdAt: string } }>(
      'mutation($input: SubmitPostingCommentInput!) { submitPostingComment(input: $input) { id createdAt } }',
      { input },
    );
  const handle = (input: Record<string, unknown>) =>
    gql<{ handlePostingComment: { status: string; proposalStatus: string | null } }>(
      `mutation($input: HandlePostingCommentInput!) { handlePostingComment(input: $input) { status proposalStatus } }`,
      { input },
      reviewer,
    );
  const decide = (input: Record<string, unknown>, token = admin) =>
    gql<{ recordCommendationDecision: { status: string; decisionNumber: string } }>(
      `mutation($input: RecordCommendationDecisionInput!) { recordCommendationDecision(input: $input) { status
        decisionNumber proposals { id status } } }`,
      {
        input: {
          decisionNumber: '12/QĐ-UBND',
          decisionDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
          signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
          signerCapacity: 'CHỦ TỊCH',
          signerTitle: 'CHỦ TỊCH',
          signerName: 'Nguyễn Văn Minh',
          ...input,
        },
      },
      token,
    );
  const revoke = (proposalId: string, why: string, token = admin) =>
    gql<{ revokeCommendation: { status: string; statusReason: string } }>(
      'mutation($input: RevokeCommendationInput!) { revokeCommendation(input: $input) { status statusReason } }',
      { input: { proposalId, reason: why } },
      token,
    );
  const certificates = (roundId: string, proposalId?: string) =>
    gql<{
      commendationCertificates: {
        proposalId: string;
        heading: string;
        recipientName: string;
        unitName: string;
        decisionNumber: string;
        signer: { name: string };
      }[];
    }>(
      `query($roundId: ID!, $proposalId: ID) { commendationCertificates(roundId: $roundId, proposalId: $proposalId) {
        proposalId heading recipientName unitName decisionNumber signer { authority capacity title name } } }`,
      { roundId, proposalId },
      reviewer,
    );
  const roundFields = async (id: string) =>
    must(
      await gql<{
        commendationRound: {
          status: string;
          canDecide: { allowed: boolean; reason: string | null };
          commentsSummary: { total: number; new: number; accepted: number };
        };
      }>(
        `query($id: ID!) { commendationRound(id: $id) { status canDecide { allowed reason }
          commentsSummary { total new accepted dismissed hidden } } }`,
        { id },
        reviewer,
      ),
    ).commendationRound;

  const createRound = async (name: string, recipients: [string, string, string?][]) => {
    const round = await app.dataSource.getRepository(CommendationRound).save({ name, year: 2026 });
    const ids: Record<string, string> = {};
    for (const [i, [unit, form, status]] of recipients.entries()) {
      const proposal = await app.dataSource.getRepository(CommendationProposal).save({
        roundId: round.id,
        formId: forms[form].id,
        recipientKind: 'COLLECTIVE',
        unitId: units[unit],
        recipientName: `Tổ dân phố ${unit}`,
        recipientDetail: '',
        achievements: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
        source: 'MANUAL',
        position: i,
        status: (status ?? 'PROPOSED') as CommendationProposal['status'],
        ...(status === 'WITHDRAWN' ? { statusReason: 'Đơn vị xin rút' } : {}),
      });
      ids[unit] = proposal.id;
    }
    return { id: round.id, proposals: ids };
  };
  const council = (roundId: string, present: number) => ({
    roundId,
    heldAt: new Date().toISOString(),
    location: 'Hội trường UBND phường',
    members: Array.from({ length: 10 }, (_, i) => ({
      fullName: `Thành viên ${i + 1}`.normalize('NFD'),
      position: i === 0 ? 'Chủ tịch UBND phường' : 'Ủy viên',
      role: i === 0 ? 'CHAIR' : 'MEMBER',
      present: i < present,
    })),
  });

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    units = await createNeighbourhoodGroups(app, ['A', 'B', 'C', 'D', 'E', 'F']);
    const repo = app.dataSource.getRepository(CommendationForm);
    const base = { recipientKind: 'COLLECTIVE' as const, period: 'ANNUAL' as const, conditions: [] };
    forms.GK = await repo.save({
      ...base,
      code: 'T_GK',
      name: 'Giấy khen tổ dân phố',
      authority: 'CONFER',
      postingDays: 10,
      approvalPercent: 70,
      certificateHeading: 'GIẤY KHEN',
      position: 1,
    });
    forms.KIN = await repo.save({
      ...base,
      code: 'T_KIN',
      name: 'Bằng khen của Chủ tịch UBND thành phố',
      authority: 'PROPOSE_UPWARD',
      postingDays: 5,
      approvalPercent: 90,
      secretBallot: true,
      position: 2,
    });
  });
  afterAll(() => app.close());

  describe('a round in council, then posted', () => {
    let round: { id: string; proposals: Record<string, string> };
    let session: Session;

    beforeAll(async () => {
      round = await createRound('Khen thưởng năm 2026', [
        ['A', 'GK'],
        ['B', 'GK'],
        ['C', 'KIN'],
        ['D', 'GK', 'WITHDRAWN'],
      ]);
    });

    it('opens the session with one chair only, names in NFC', async () => {
      const input = council(round.id, 6);
      await refused('SESSION_INVALID', () =>
        openSession({ ...input, members: input.members.map((m) => ({ ...m, role: 'MEMBER' })) }),
      );
      await refused('SESSION_INVALID', () => openSession({ ...input, members: [] }));
      session = must(await openSession(input)).openCouncilSession;
      expect(session.members[0].fullName).toBe('Thành viên 1'.normalize('NFC'));
      expect(session).toMatchObject({ quorumRequired: 7, presentCount: 6, hasQuorum: false });
      expect((await roundFields(round.id)).status).toBe('IN_COUNCIL');
      await refused('ROUND_WRONG_STAGE', () => openSession(input));
      const updated = must(
        await gql<{ updateCouncilSession: { location: string; minutesNote: string } }>(
          `mutation($input: UpdateCouncilSessionInput!) { updateCouncilSession(input: $input) { location minutesNote } }`,
          { input: { sessionId: session.id, location: ' Phòng họp  số 2 ', minutesNote: 'Dòng một\nDòng hai' } },
          reviewer,
        ),
      ).updateCouncilSession;
      expect(updated).toEqual({ location: 'Phòng họp số 2', minutesNote: 'Dòng một\nDòng hai' });
    });

    it('refuses votes without a quorum, then counts the members present', async () => {
      await refused('NO_QUORUM', () => vote({ proposalId: round.proposals.A, present: 6, approve: 6 }));
      session = must(await attend(session.members[6].id, true)).setCouncilAttendance;
      expect(session).toMatchObject({ presentCount: 7, hasQuorum: true });
      for (const m of session.members.slice(7)) session = must(await attend(m.id, true)).setCouncilAttendance;
      expect(session.presentCount).toBe(10);
      const details = await refused('VOTE_INVALID', () =>
        vote({ proposalId: round.proposals.A, present: 9, approve: 7 }),
      );
      expect(details).toMatchObject({ field: 'present', present: 9, markedPresent: 10 });
      await refused('VOTE_INVALID', () => vote({ proposalId: round.proposals.A, approve: 7, against: 4 }));
    });

    it('passes 7 of 10 at 70 %, not 6; a re-vote needs its reason', async () => {
      const a = must(await vote({ proposalId: round.proposals.A, approve: 7, against: 3 })).recordCouncilVote;
      expect(a).toMatchObject({ proposalStatus: 'PASSED', vote: { attempt: 1, passed: true, thresholdPercent: 70 } });
      const b = must(await vote({ proposalId: round.proposals.B, approve: 6, against: 4 })).recordCouncilVote;
      expect(b).toMatchObject({ proposalStatus: 'NOT_PASSED', vote: { attempt: 1, passed: false } });
      await refused('ALREADY_VOTED', () => vote({ proposalId: round.proposals.B, approve: 8, against: 2 }));
      const again = must(
        await vote({ proposalId: round.proposals.B, approve: 8, against: 2, reason: 'Bổ sung minh chứng thành tích' }),
      ).recordCouncilVote;
      expect(again).toMatchObject({ proposalStatus: 'PASSED', vote: { attempt: 2, passed: true } });
    });

    it('enforces the secret ballot and the form’s own threshold; a withdrawn proposal is not voted', async () => {
      await refused('VOTE_INVALID', () => vote({ proposalId: round.proposals.C, ballot: 'OPEN', approve: 10 }));
      await refused('PROPOSAL_WRONG_STATUS', () => vote({ proposalId: round.proposals.D, approve: 10 }));
      const c = must(await vote({ proposalId: round.proposals.C, ballot: 'SECRET', approve: 9, against: 1 }));
      expect(c.recordCouncilVote).toMatchObject({ proposalStatus: 'PASSED', vote: { thresholdPercent: 90 } });
      const events = await app.dataSource.query(
        `SELECT detail FROM commendation_event WHERE action = 'VOTE_RECORDED' AND proposal_id = $1`,
        [round.proposals.C],
      );
      expect(events[0].detail).toMatchObject({ ballot: 'SECRET', present: 10, approve: 9, against: 1, passed: true });
    });

    it('shows no list to the public before the posting', async () => {
      expect(reason(await posting(round.id))).toBe('ROUND_NOT_FOUND');
      expect(reason(await comment({ roundId: round.id, body: 'Ý kiến sớm' }))).toBe('ROUND_NOT_FOUND');
    });

    it('starts the posting at most 30 days back, for the longest posting of the passed forms', async () => {
      await refused('ROUND_INVALID', () =>
        startPosting({ roundId: round.id, startsAt: new Date(Date.now() - 31 * DAY) }),
      );
      const started = must(await startPosting({ roundId: round.id })).startPosting;
      expect(started.status).toBe('POSTED');
      const days = (Date.parse(started.postingEndsAt) - Date.parse(started.postingStartsAt)) / DAY;
      expect(days).toBe(10);
      await refused('ROUND_WRONG_STAGE', () => vote({ proposalId: round.proposals.A, approve: 10, reason: 'Lại' }));
      await refused('ROUND_WRONG_STAGE', () => attend(session.members[0].id, false));
    });

    it('posts the passed list publicly: names and units, no withdrawn proposal', async () => {
      const list = must(await posting(round.id)).publicPosting;
      expect(list).toMatchObject({ wardName: 'Phường', status: 'POSTED', commentsOpen: true, decisionNumber: null });
      expect(list.entries.map((e) => e.recipientName)).toEqual(['Tổ dân phố A', 'Tổ dân phố B', 'Tổ dân phố C']);
      expect(list.entries[0]).toMatchObject({
        proposalId: round.proposals.A,
        unitName: 'Tổ dân phố A',
        status: 'PASSED',
      });
      expect(JSON.stringify(list)).not.toContain(units.A);
    });

    it('takes residents’ comments of 5–2,000 characters, at most 5 in 10 minutes from one address', async () => {
      const first = must(
        await comment({
          roundId: round.id,
          proposalId: round.proposals.A,
          body: '  Tổ A còn hộ vi phạm vệ sinh môi trường  ',
          authorName: 'Lê Văn Tám',
          contact: '0912345678',
        }),
      ).submitPostingComment;
      expect(first.id).toBeTruthy();
      await refused('COMMENT_INVALID', () => comment({ roundId: round.id, body: 'x'.repeat(2001) }));
      await refused('COMMENT_INVALID', () => comment({ roundId: round.id, body: 'Dạ', authorName: 'A' }));
      must(await comment({ roundId: round.id, body: 'Tổ B làm tốt, đồng ý' }));
      must(await comment({ roundId: round.id, proposalId: round.proposals.C, body: 'Tổ C xứng đáng' }));
      await refused('RATE_LIMITED', () => comment({ roundId: round.id, body: 'Ý kiến thứ sáu' }));
      const audit = await app.dataSource.query(
        `SELECT detail FROM commendation_event WHERE action = 'COMMENT_RECEIVED'`,
      );
      expect(audit).toHaveLength(3);
      expect(JSON.stringify(audit)).not.toContain('0912345678');
    });

    it('shows the organiser the comments with contact, and a handled comment withdraws its proposal', async () => {
      const list = must(
        await gql<{
          postingComments: { id: string; contact: string | null; recipientName: string | null; status: string }[];
        }>(
          'query($id: ID!) { postingComments(roundId: $id) { id contact recipientName status body } }',
          { id: round.id },
          reviewer,
        ),
      ).postingComments;
      expect(list).toHaveLength(3);
      expect(list[0]).toMatchObject({ contact: '0912345678', recipientName: 'Tổ dân phố A', status: 'NEW' });
      expect((await roundFields(round.id)).commentsSummary).toMatchObject({ total: 3, new: 3 });
      await refused('REASON_REQUIRED', () => handle({ commentId: list[0].id, status: 'ACCEPTED', handlingNote: '  ' }));
      const handled = must(
        await handle({
          commentId: list[0].id,
          status: 'ACCEPTED',
          handlingNote: 'Đã xác minh, đúng phản ánh',
          withdrawProposal: true,
        }),
      ).handlePostingComment;
      expect(handled).toMatchObject({ status: 'ACCEPTED', proposalStatus: 'WITHDRAWN' });
      const [a] = await app.dataSource.query('SELECT status, status_reason FROM commendation_proposal WHERE id = $1', [
        round.proposals.A,
      ]);
      expect(a).toEqual({ status: 'WITHDRAWN', status_reason: 'Đã xác minh, đúng phản ánh' });
      expect((await posting(round.id)).data!.publicPosting.entries.map((e) => e.recipientName)).toEqual([
        'Tổ dân phố B',
        'Tổ dân phố C',
      ]);
    });

    it('refuses the decision before the posting ends', async () => {
      expect((await roundFields(round.id)).canDecide).toEqual({ allowed: false, reason: 'POSTING_NOT_ENDED' });
      await refused('POSTING_NOT_ENDED', () => decide({ roundId: round.id }));
      await refused('ROUND_WRONG_STAGE', () => certificates(round.id));
    });
  });

  describe('a round whose posting began 30 days ago', () => {
    let round: { id: string; proposals: Record<string, string> };

    beforeAll(async () => {
      round = await createRound('Khen thưởng chuyên đề 2026', [
        ['E', 'GK'],
        ['F', 'KIN'],
      ]);
      must(await openSession(council(round.id, 10)));
      must(await vote({ proposalId: round.proposals.E, approve: 10 }));
      must(await vote({ proposalId: round.proposals.F, ballot: 'SECRET', approve: 10 }));
    });

    it('starts posting only when every proposal is voted', async () => {
      const other = await createRound('Đợt chưa biểu quyết', [
        ['A', 'GK'],
        ['B', 'GK'],
      ]);
      must(await openSession(council(other.id, 10)));
      must(await vote({ proposalId: other.proposals.A, approve: 10 }));
      const details = await refused('ROUND_WRONG_STAGE', () => startPosting({ roundId: other.id }));
      expect(details).toMatchObject({ unvoted: ['Tổ dân phố B'] });
    });

    it('closes the comments when the window ended, and decides once every comment is handled', async () => {
      const started = must(
        await startPosting({ roundId: round.id, startsAt: new Date(Date.now() - 30 * DAY + 60_000) }),
      ).startPosting;
      expect(Date.parse(started.postingEndsAt)).toBeLessThan(Date.now());
      expect(reason(await comment({ roundId: round.id, body: 'Quá hạn góp ý' }))).toBe('POSTING_NOT_OPEN');
      const late = await app.dataSource
        .getRepository(PostingComment)
        .save({ roundId: round.id, body: 'Ý kiến trên giấy, nhập lại', status: 'NEW' });
      expect((await roundFields(round.id)).canDecide).toEqual({ allowed: false, reason: 'COMMENTS_UNHANDLED' });
      await refused('COMMENTS_UNHANDLED', () => decide({ roundId: round.id }));
      must(await handle({ commentId: late.id, status: 'DISMISSED', handlingNote: 'Không có căn cứ' }));
      expect((await roundFields(round.id)).canDecide).toEqual({ allowed: true, reason: null });

      await refused('DECISION_INVALID', () => decide({ roundId: round.id, decisionNumber: 'Quyết định 12' }));
      await refused('DECISION_INVALID', () => decide({ roundId: round.id, decisionDate: '2099-01-01' }));
      await refused('DECISION_INVALID', () => decide({ roundId: round.id, decisionDate: '2020-01-01' }));
      expect((await decide({ roundId: round.id }, reviewer)).errors).toBeDefined();
      const decided = must(await decide({ roundId: round.id })).recordCommendationDecision;
      expect(decided).toMatchObject({ status: 'DECIDED', decisionNumber: '12/QĐ-UBND' });
      const rows: { id: string; status: string }[] = await app.dataSource.query(
        'SELECT id, status FROM commendation_proposal WHERE round_id = $1',
        [round.id],
      );
      const statuses = Object.fromEntries(rows.map((p) => [p.id, p.status]));
      expect(statuses).toEqual({ [round.proposals.E]: 'CONFERRED', [round.proposals.F]: 'FORWARDED' });
      await refused('ROUND_WRONG_STAGE', () => decide({ roundId: round.id }));
    });

    it('prints the certificates of the conferred forms with a heading', async () => {
      const printed = must(await certificates(round.id)).commendationCertificates;
      expect(printed).toEqual([
        expect.objectContaining({
          proposalId: round.proposals.E,
          heading: 'GIẤY KHEN',
          unitName: 'Tổ dân phố E',
          decisionNumber: '12/QĐ-UBND',
          signer: expect.objectContaining({ name: 'Nguyễn Văn Minh' }),
        }),
      ]);
    });

    it('revokes a conferred title with its reason; its certificate is refused', async () => {
      await refused('REASON_REQUIRED', () => revoke(round.proposals.E, 'Sai sót'));
      await refused('PROPOSAL_WRONG_STATUS', () => revoke(round.proposals.F, 'Phát hiện khai man thành tích'));
      expect((await revoke(round.proposals.E, 'Phát hiện khai man thành tích', reviewer)).errors).toBeDefined();
      const revoked = must(await revoke(round.proposals.E, 'Phát hiện khai man thành tích')).revokeCommendation;
      expect(revoked).toEqual({ status: 'REVOKED', statusReason: 'Phát hiện khai man thành tích' });
      await refused('TITLE_REVOKED', () => certificates(round.id, round.proposals.E));
      await refused('ROUND_WRONG_STAGE', () => certificates(round.id));
      const list = must(await posting(round.id)).publicPosting;
      expect(list).toMatchObject({ status: 'DECIDED', commentsOpen: false, decisionNumber: '12/QĐ-UBND' });
      expect(list.entries[0]).toMatchObject({ status: 'REVOKED', revocationReason: 'Phát hiện khai man thành tích' });
    });
  });
});

import {
  commentsOpen,
  decidedStatus,
  decisionCheck,
  postingStartProblem,
  postingWindow,
  stepAllowed,
  validDecisionNumber,
} from './round-stage.js';

const at = (iso: string) => new Date(iso);

describe('round stages', () => {
  it('allows each step only where the round stands', () => {
    expect(stepAllowed('OPEN_SESSION', 'PROPOSING')).toBe(true);
    expect(stepAllowed('OPEN_SESSION', 'IN_COUNCIL')).toBe(false);
    expect(stepAllowed('VOTE', 'IN_COUNCIL')).toBe(true);
    expect(stepAllowed('VOTE', 'POSTED')).toBe(false);
    expect(stepAllowed('ATTENDANCE', 'POSTED')).toBe(false);
    expect(stepAllowed('UPDATE_SESSION', 'IN_COUNCIL')).toBe(true);
    expect(stepAllowed('UPDATE_SESSION', 'POSTED')).toBe(false);
    expect(stepAllowed('START_POSTING', 'IN_COUNCIL')).toBe(true);
    expect(stepAllowed('COMMENT', 'POSTED')).toBe(true);
    expect(stepAllowed('COMMENT', 'DECIDED')).toBe(false);
    expect(stepAllowed('DECIDE', 'POSTED')).toBe(true);
    expect(stepAllowed('DECIDE', 'IN_COUNCIL')).toBe(false);
    expect(stepAllowed('REVOKE', 'DECIDED')).toBe(true);
    expect(stepAllowed('REVOKE', 'POSTED')).toBe(false);
  });

  it('posts for the longest posting of the passed forms', () => {
    const start = at('2026-12-01T08:00:00Z');
    expect(postingWindow(start, [5, 10, 0]).endsAt).toEqual(at('2026-12-11T08:00:00Z'));
    expect(postingWindow(start, [0, 0]).endsAt).toEqual(start);
    expect(postingWindow(start, []).endsAt).toEqual(start);
  });

  it('takes a start up to 30 days back, never in the future', () => {
    const now = at('2026-12-31T08:00:00Z');
    expect(postingStartProblem(at('2026-12-01T08:00:00Z'), now)).toBeNull();
    expect(postingStartProblem(at('2026-11-30T08:00:00Z'), now)).toBe('TOO_FAR_BACK');
    expect(postingStartProblem(at('2027-01-01T08:00:00Z'), now)).toBe('IN_FUTURE');
  });

  it('opens comments inside the window only', () => {
    const window = { startsAt: at('2026-12-01T00:00:00Z'), endsAt: at('2026-12-11T00:00:00Z') };
    expect(commentsOpen(at('2026-11-30T23:59:59Z'), window)).toBe(false);
    expect(commentsOpen(at('2026-12-01T00:00:00Z'), window)).toBe(true);
    expect(commentsOpen(at('2026-12-11T00:00:00Z'), window)).toBe(false);
    expect(commentsOpen(at('2026-12-05T00:00:00Z'), { startsAt: null, endsAt: null })).toBe(false);
  });

  it('decides after the posting ended with every comment handled', () => {
    const endsAt = at('2026-12-11T00:00:00Z');
    const base = { status: 'POSTED' as const, postingEndsAt: endsAt, newComments: 0 };
    expect(decisionCheck({ ...base, now: at('2026-12-10T00:00:00Z') }).reason).toBe('POSTING_NOT_ENDED');
    expect(decisionCheck({ ...base, now: endsAt })).toEqual({ allowed: true, reason: null });
    expect(decisionCheck({ ...base, now: endsAt, newComments: 1 }).reason).toBe('COMMENTS_UNHANDLED');
    expect(decisionCheck({ ...base, status: 'IN_COUNCIL', now: endsAt }).reason).toBe('ROUND_WRONG_STAGE');
    expect(decisionCheck({ ...base, status: 'DECIDED', now: endsAt }).reason).toBe('ROUND_WRONG_STAGE');
  });

  it('needs no posting when every form posts for 0 days', () => {
    const start = at('2026-12-01T08:00:00Z');
    const { endsAt } = postingWindow(start, [0]);
    expect(decisionCheck({ status: 'POSTED', now: start, postingEndsAt: endsAt, newComments: 0 }).allowed).toBe(true);
  });

  it('confers or forwards the passed, leaves the rest', () => {
    expect(decidedStatus('PASSED', 'CONFER')).toBe('CONFERRED');
    expect(decidedStatus('PASSED', 'PROPOSE_UPWARD')).toBe('FORWARDED');
    expect(decidedStatus('NOT_PASSED', 'CONFER')).toBe('NOT_PASSED');
    expect(decidedStatus('WITHDRAWN', 'CONFER')).toBe('WITHDRAWN');
    expect(decidedStatus('PROPOSED', 'PROPOSE_UPWARD')).toBe('PROPOSED');
  });

  it('accepts decision numbers as issued', () => {
    for (const ok of ['12/QĐ-UBND', '1234/QĐ-UBND.VP', '5a/QĐ-CT']) expect(validDecisionNumber(ok)).toBe(true);
    for (const bad of ['', 'QĐ-UBND', '12/', '12 / QĐ', '12/QĐ--UBND', `12/${'X'.repeat(40)}`]) {
      expect(validDecisionNumber(bad)).toBe(false);
    }
  });
});

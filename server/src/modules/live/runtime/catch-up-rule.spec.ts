import { catchUpAction } from './catch-up-rule.js';

describe('catchUpAction', () => {
  it('re-reads a game another node moved on', () => {
    expect(catchUpAction(8, { revision: 7, sentRevision: 7 })).toBe('reread');
    expect(catchUpAction(8, { revision: 7, sentRevision: 5 })).toBe('reread');
  });

  it('re-sends a game whose copy is current but whose players were sent an older revision', () => {
    // A refresh outside the queue brought the copy to 8 without a re-send; the 'changed' of 8 was then skipped.
    expect(catchUpAction(8, { revision: 8, sentRevision: 7 })).toBe('resend');
  });

  it('leaves a game alone when its players have the current state', () => {
    expect(catchUpAction(8, { revision: 8, sentRevision: 8 })).toBe('none');
    // This node's own change is written but PostgreSQL answered the older revision first.
    expect(catchUpAction(7, { revision: 8, sentRevision: 8 })).toBe('none');
  });
});

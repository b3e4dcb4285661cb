/**
 * What the once-a-second catch-up does with a game this node holds, given the revision
 * PostgreSQL has (pure). `reread`: another node moved the game on (a lost 'changed').
 * `resend`: this node's copy is current but its players were last sent an older
 * revision (the game was re-read without a re-send, e.g. a refresh outside its queue,
 * and the 'changed' that followed was skipped as already known): they are re-sent
 * the state, else they would wait on the old phase until the next change.
 */
export type CatchUpAction = 'reread' | 'resend' | 'none';

export function catchUpAction(dbRevision: number, game: { revision: number; sentRevision: number }): CatchUpAction {
  if (dbRevision > game.revision) return 'reread';
  if (game.sentRevision < game.revision) return 'resend';
  return 'none';
}

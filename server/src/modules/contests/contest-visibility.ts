import { ContestStatus, Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';

/** Who may edit a contest (contests.resolver.ts: updateContest, openContest), and so see it while it is a draft. */
const CONTEST_EDITORS: readonly Role[] = [Role.ADMIN];

/**
 * Whether a contest's public face (its page, short link, share tags, race board) may be shown
 * to this viewer. A DRAFT is shown only to its editors: to anyone else it does not exist, and
 * callers answer CONTEST_NOT_FOUND exactly as for an unknown id, so its existence does not leak.
 */
export function contestVisibleTo(status: ContestStatus, viewer: AuthUser | undefined): boolean {
  return status !== ContestStatus.DRAFT || (viewer !== undefined && CONTEST_EDITORS.includes(viewer.role));
}

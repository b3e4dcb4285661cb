import { Role } from '@thidua/shared';
import type { SessionUser } from '../../../lib/session';

/** What each role may do in the content library. The server enforces the same rules; this only hides actions. */
export const CONTENT_ROLES: readonly Role[] = [Role.ADMIN, Role.REVIEWER, Role.HOST];

export function canReview(role: Role | undefined): boolean {
  return role === Role.ADMIN || role === Role.REVIEWER;
}

/** Admins and reviewers edit any question; a host only the ones they wrote. */
export function canEditQuestion(user: SessionUser | null, createdBy: string | null): boolean {
  if (!user) return false;
  return user.role === Role.HOST ? createdBy === user.id : canReview(user.role);
}

/** Its author or an admin submits a draft for review. */
export function canSubmitQuestion(user: SessionUser | null, createdBy: string | null): boolean {
  if (!user) return false;
  return user.role === Role.ADMIN || (createdBy !== null && createdBy === user.id);
}

/** Hosts change only their own quizzes. */
export function canEditQuiz(user: SessionUser | null, createdBy: string | null): boolean {
  if (!user) return false;
  return user.role === Role.HOST ? createdBy === user.id : canReview(user.role);
}

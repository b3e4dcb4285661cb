import { Role } from '@thidua/shared';

/** Roles that may see answers and author questions. */
export const AUTHOR_ROLES: Role[] = [Role.ADMIN, Role.REVIEWER, Role.HOST];
/** Roles that may publish, return and archive. */
export const REVIEW_ROLES: Role[] = [Role.ADMIN, Role.REVIEWER];

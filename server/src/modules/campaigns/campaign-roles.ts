import { Role } from '@thidua/shared';

/** Who reads campaigns, sheets (a unit officer: their own unit's) and rankings. */
export const CAMPAIGN_READERS = [Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER] as const;

/** Who reviews score sheets (thẩm định). */
export const SHEET_REVIEWERS = [Role.ADMIN, Role.REVIEWER] as const;

import { Role } from '@thidua/shared';

/** Who reads campaigns, sheets (a unit officer: their own unit's, a block leader's officer: its block's) and rankings. */
export const CAMPAIGN_READERS = [Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER] as const;

/** Who does the second round of review (thẩm định), marks sheets and extends deadlines: the ward reviewers. */
export const SHEET_REVIEWERS = [Role.ADMIN, Role.REVIEWER] as const;

/**
 * Who may review in the first round (adjust, return, pass on): the ward reviewers and the
 * officers of a block leader unit (khối trưởng); the service checks which unit leads.
 */
export const FIRST_ROUND_REVIEWERS = [Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER] as const;

/** Who enters a sheet: its unit's officers, or a ward reviewer on the unit's behalf (nhập thay). */
export const SHEET_EDITORS = [Role.UNIT_OFFICER, Role.ADMIN, Role.REVIEWER] as const;

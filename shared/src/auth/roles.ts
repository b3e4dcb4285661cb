/** Roles of signed-in staff. Players and contest entrants never sign in with a password. */
export const Role = {
  ADMIN: 'ADMIN',
  REVIEWER: 'REVIEWER',
  /** Bound to exactly one unit: enters that unit's campaign scores. */
  UNIT_OFFICER: 'UNIT_OFFICER',
  HOST: 'HOST',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

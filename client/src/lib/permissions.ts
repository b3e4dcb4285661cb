import { Role } from '@thidua/shared';

/** What each role may do in the UI. The server enforces the same rules; this only hides actions. */
export function canManageUnits(role: Role | undefined): boolean {
  return role === Role.ADMIN;
}

export function canViewAllUnits(role: Role | undefined): boolean {
  return role === Role.ADMIN || role === Role.REVIEWER || role === Role.HOST;
}

export function canViewUnits(role: Role | undefined): boolean {
  return role !== undefined;
}

/** A unit's roster (its people): the page the people feature serves. */
export const unitPeoplePath = (unitId: string): string => `/admin/units/${unitId}/people`;

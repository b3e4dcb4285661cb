/** Per-person results of a unit's roster (games, contests), as a spreadsheet (REST, with the session). */
export const unitResultsUrl = (unitId: string): string => `/api/people/units/${unitId}/results.xlsx`;

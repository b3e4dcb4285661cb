import { compareVietnamese, foldForSearch, parsePersonalCode } from '@thidua/shared';

/** What a code card prints about a person. */
export interface CardPerson {
  id: string;
  fullName: string;
  subUnit: string;
  personalCode: string | null;
  erased: boolean;
  unit: { name: string };
  /** The card's top line (a class's school); the unit's name when absent. */
  unitLine?: string;
}

interface UnitNode {
  name: string;
  kind: string;
  parentId: string | null;
}

/** The top line of a card: a class's school (the class goes on the line below), else the unit itself. */
export function cardUnitLine(unitId: string, unitName: string, units: ReadonlyMap<string, UnitNode>): string {
  const unit = units.get(unitId);
  const parent = unit?.kind === 'CLASS' && unit.parentId ? units.get(unit.parentId) : undefined;
  return parent ? parent.name : unitName;
}

/** The class / group line of a card: the sub-unit, or the class unit when the top line names its school. */
export function cardClassLine(person: CardPerson): string | null {
  if (person.subUnit && !repeatsUnit(person.subUnit, person.unit.name)) return person.subUnit;
  return person.unitLine && person.unitLine !== person.unit.name ? person.unit.name : person.subUnit || null;
}

/** Whether the class line would only repeat the unit ("3B" on a card of "Lớp 3B"). */
export function repeatsUnit(subUnit: string, unitName: string): boolean {
  const sub = foldForSearch(subUnit);
  return sub !== '' && foldForSearch(unitName).endsWith(sub);
}

/** 3 columns × 8 rows of cards fill an A4 page (see people.css). */
export const CARDS_PER_PAGE = 24;

export interface CodeSheet {
  /** The class / TDP / department the sheet is for ("5A"), or the unit's name when people have none. */
  title: string;
  unitName: string;
  count: number;
  /** The sheet's cards, page by page. */
  pages: CardPerson[][];
}

/**
 * The link a card's QR code opens: the join page with the person's code
 * (`/join?code=ACDEFHJK`, without the dash, so the code is short and the QR small).
 */
export function joinUrl(origin: string, personalCode: string): string {
  const code = parsePersonalCode(personalCode) ?? personalCode.replace(/[^A-Z0-9]/giu, '').toUpperCase();
  return `${origin.replace(/\/+$/u, '')}/join?code=${encodeURIComponent(code)}`;
}

/** Sorts as class lists do: by given name (the last word), then the whole name. */
export function compareByGivenName(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/u).pop() ?? '';
  return compareVietnamese(given(a), given(b)) || compareVietnamese(a, b);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/**
 * One sheet per class / TDP (the person's sub-unit, else their unit), in natural order
 * ("5A" before "10A"); people without a code (erased) are left out.
 */
export function codeSheets(people: readonly CardPerson[], perPage = CARDS_PER_PAGE): CodeSheet[] {
  const groups = new Map<string, CardPerson[]>();
  for (const person of people) {
    if (person.erased || !person.personalCode) continue;
    const title = person.subUnit.trim() || person.unit.name;
    const key = `${title}\u0000${person.unit.name}`;
    const group = groups.get(key);
    if (group) group.push(person);
    else groups.set(key, [person]);
  }
  return [...groups.values()]
    .map((group) => {
      const sorted = [...group].sort((a, b) => compareByGivenName(a.fullName, b.fullName));
      return {
        title: group[0].subUnit.trim() || group[0].unit.name,
        unitName: group[0].unit.name,
        count: sorted.length,
        pages: chunk(sorted, perPage),
      };
    })
    .sort((a, b) => compareVietnamese(a.title, b.title) || compareVietnamese(a.unitName, b.unitName));
}

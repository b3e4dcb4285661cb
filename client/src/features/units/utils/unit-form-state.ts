import { normalizeText, type UnitKind } from '@thidua/shared';
import type { TFunction } from 'i18next';
import type { UnitItem } from './unit-tree';

/** The unit form as typed, its checks, and the input sent to the server. */
export interface UnitFormState {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string;
  /** The main population kind: what the unit's rates divide by when nothing names a kind. */
  populationKind: string;
  /** The declared number per population kind, as typed (the kinds shown in the form). */
  declared: Record<string, string>;
  /** Kinds the unit has a saved figure of: their rows stay (an emptied one is sent as 0, clearing it). */
  savedKinds: string[];
  sortOrder: string;
}

export type UnitFieldErrors = Partial<Record<Exclude<keyof UnitFormState, 'declared' | 'savedKinds'>, string>> & {
  /** Per population kind. */
  declared?: Record<string, string | undefined>;
};

const CODE_MAX = 50;
const NAME_MAX = 200;
const POPULATION_MAX = 1_000_000;

/** A new unit's main kind by its kind (as the unit file import does). */
export const DEFAULT_POPULATION: Record<UnitKind, string> = {
  WARD: 'RESIDENTS',
  GROUP: 'MEMBERS',
  SCHOOL: 'STUDENTS',
  CLASS: 'STUDENTS',
  NEIGHBORHOOD_GROUP: 'RESIDENTS',
  DEPARTMENT: 'MEMBERS',
  ORGANIZATION: 'MEMBERS',
};

export function initialUnitForm(editing: UnitItem | null): UnitFormState {
  if (editing) {
    const declared: Record<string, string> = {};
    // Every kind the unit has a figure of gets a row (a roster-only kind: empty, nothing declared).
    for (const p of editing.populations) declared[p.kind] = p.declared > 0 ? String(p.declared) : '';
    declared[editing.populationKind] ??= '0';
    return {
      code: editing.code,
      name: editing.name,
      kind: editing.kind,
      parentId: editing.parentId ?? '',
      populationKind: editing.populationKind,
      declared,
      savedKinds: editing.populations.map((p) => p.kind),
      sortOrder: String(editing.sortOrder),
    };
  }
  return {
    code: '',
    name: '',
    kind: 'SCHOOL',
    parentId: '',
    populationKind: 'STUDENTS',
    declared: { STUDENTS: '0' },
    savedKinds: [],
    sortOrder: '',
  };
}

/** The kinds the form shows a number for: the main kind first, then the others in the kinds' order. */
export function declaredKinds(state: UnitFormState, order: readonly string[]): string[] {
  const rank = (kind: string) => {
    const i = order.indexOf(kind);
    return i < 0 ? order.length : i;
  };
  const others = Object.keys(state.declared)
    .filter((k) => k !== state.populationKind)
    .sort((a, b) => rank(a) - rank(b));
  return [state.populationKind, ...others];
}

/** A new main kind keeps the numbers typed for the others and starts at 0 when it had none. */
export function withMainKind(state: UnitFormState, kind: string): UnitFormState {
  const declared = { ...state.declared };
  const previous = state.populationKind;
  // The old main kind's row goes when nothing was declared for it and nothing was saved.
  const nothing = (declared[previous] ?? '').trim().replace(/^0+$/u, '') === '';
  if (previous !== kind && nothing && !state.savedKinds.includes(previous)) delete declared[previous];
  declared[kind] ??= '0';
  return { ...state, populationKind: kind, declared };
}

export function validateUnitForm(state: UnitFormState, needsParent: boolean, t: TFunction): UnitFieldErrors {
  const found: UnitFieldErrors = {};
  const code = state.code.trim();
  if (!code) found.code = t('unitForm.errors.codeRequired');
  else if (/\s/u.test(code)) found.code = t('unitForm.errors.codeSpaces');
  else if (code.length > CODE_MAX) found.code = t('unitForm.errors.tooLong', { max: CODE_MAX });
  const name = normalizeText(state.name);
  if (!name) found.name = t('unitForm.errors.nameRequired');
  else if (name.length > NAME_MAX) found.name = t('unitForm.errors.tooLong', { max: NAME_MAX });
  if (needsParent && !state.parentId) found.parentId = t('unitForm.errors.parentRequired');
  const declared: Record<string, string> = {};
  for (const [kind, typed] of Object.entries(state.declared)) {
    const value = typed.trim();
    // An empty row of another kind is "none"; the main kind needs a number (0 is one).
    if (!value && kind !== state.populationKind) continue;
    if (!/^\d+$/u.test(value)) declared[kind] = t('unitForm.errors.populationInvalid');
    else if (Number(value) > POPULATION_MAX) declared[kind] = t('unitForm.errors.populationTooLarge');
  }
  if (Object.keys(declared).length > 0) found.declared = declared;
  if (state.sortOrder.trim() && !/^-?\d+$/u.test(state.sortOrder.trim())) {
    found.sortOrder = t('unitForm.errors.sortOrderInvalid');
  }
  return found;
}

export const hasErrors = (errors: UnitFieldErrors): boolean =>
  Object.entries(errors).some(([key, value]) =>
    key === 'declared' ? Object.values(value as Record<string, string | undefined>).some(Boolean) : Boolean(value),
  );

const declaredNumber = (typed: string | undefined): number => Number((typed ?? '').trim() || '0');

/** The declared number per kind the form sends (0 clears a kind's number). */
export function declaredPopulations(state: UnitFormState): { kind: string; declared: number }[] {
  return Object.entries(state.declared).map(([kind, typed]) => ({ kind, declared: declaredNumber(typed) }));
}

/** The fields both create and update take: the main kind's number, and every kind's (0 clears one). */
export function unitInput(state: UnitFormState) {
  return {
    code: state.code.trim(),
    name: normalizeText(state.name),
    eligiblePopulation: declaredNumber(state.declared[state.populationKind]),
    populationKind: state.populationKind,
    populations: declaredPopulations(state),
    ...(state.sortOrder.trim() ? { sortOrder: Number(state.sortOrder.trim()) } : {}),
    ...(state.parentId ? { parentId: state.parentId } : {}),
  };
}

import { normalizeText, type UnitKind } from '@thidua/shared';
import type { TFunction } from 'i18next';
import type { UnitItem } from './unit-tree';

/** The unit form as typed, its checks, and the input sent to the server. */
export interface UnitFormState {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string;
  eligiblePopulation: string;
  populationKind: string;
  sortOrder: string;
}

export type UnitFieldErrors = Partial<Record<keyof UnitFormState, string>>;

const CODE_MAX = 50;
const NAME_MAX = 200;

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
    return {
      code: editing.code,
      name: editing.name,
      kind: editing.kind,
      parentId: editing.parentId ?? '',
      eligiblePopulation: String(editing.eligiblePopulation),
      populationKind: editing.populationKind,
      sortOrder: String(editing.sortOrder),
    };
  }
  return {
    code: '',
    name: '',
    kind: 'SCHOOL',
    parentId: '',
    eligiblePopulation: '0',
    populationKind: 'STUDENTS',
    sortOrder: '',
  };
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
  const population = state.eligiblePopulation.trim();
  if (!/^\d+$/u.test(population)) found.eligiblePopulation = t('unitForm.errors.populationInvalid');
  else if (Number(population) > 1_000_000) found.eligiblePopulation = t('unitForm.errors.populationTooLarge');
  if (state.sortOrder.trim() && !/^-?\d+$/u.test(state.sortOrder.trim())) {
    found.sortOrder = t('unitForm.errors.sortOrderInvalid');
  }
  return found;
}

/** The fields both create and update take. */
export function unitInput(state: UnitFormState) {
  return {
    code: state.code.trim(),
    name: normalizeText(state.name),
    eligiblePopulation: Number(state.eligiblePopulation.trim()),
    populationKind: state.populationKind,
    ...(state.sortOrder.trim() ? { sortOrder: Number(state.sortOrder.trim()) } : {}),
    ...(state.parentId ? { parentId: state.parentId } : {}),
  };
}

import { compareVietnamese } from '@thidua/shared';

export interface UnitLike {
  id: string;
  name: string;
  code: string;
  parentId: string | null;
  sortOrder: number;
}

/**
 * Units in tree order (each after its parent, siblings by sort order then name), indented
 * by depth: the choices of a "which unit" select.
 */
export function unitOptions(units: readonly UnitLike[]): { value: string; label: string }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitLike[]>();
  for (const unit of units) {
    // A unit whose parent the user cannot see is a root of what they see (an officer's own unit).
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const out: { value: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.sortOrder - b.sortOrder || compareVietnamese(a.name, b.name),
    );
    for (const unit of list) {
      out.push({ value: unit.id, label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name} (${unit.code})` });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

import { compareVietnamese, matchesSearch, type UnitKind } from '@thidua/shared';
import type { UnitsQuery } from '../../../generated/graphql';

export type UnitItem = UnitsQuery['units'][number];

export interface UnitNode {
  unit: UnitItem;
  depth: number;
  children: UnitNode[];
}

/** Siblings in the order the ward gave them, then Vietnamese dictionary order. */
export function compareUnits(a: UnitItem, b: UnitItem): number {
  return a.sortOrder - b.sortOrder || compareVietnamese(a.name, b.name) || compareVietnamese(a.code, b.code);
}

/**
 * Builds the forest from the flat list. A unit whose parent is not in the list (a unit
 * officer sees only their own branch) becomes a root.
 */
export function buildTree(units: readonly UnitItem[]): UnitNode[] {
  const byParent = new Map<string | null, UnitItem[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    const key = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const list = byParent.get(key) ?? [];
    list.push(unit);
    byParent.set(key, list);
  }
  const visited = new Set<string>();
  const build = (parentId: string | null, depth: number): UnitNode[] =>
    (byParent.get(parentId) ?? [])
      .slice()
      .sort(compareUnits)
      .filter((unit) => !visited.has(unit.id))
      .map((unit) => {
        visited.add(unit.id);
        return { unit, depth, children: build(unit.id, depth + 1) };
      });
  return build(null, 0);
}

/** Depth-first list of nodes, the order the tree shows them. */
export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

export interface UnitFilter {
  query: string;
  kind: UnitKind | '';
}

export interface FilterResult {
  /** Units that match the filter themselves. */
  matched: Set<string>;
  /** Matched units plus their ancestors, so every match is shown in context. */
  visible: Set<string>;
}

/** Null when no filter is active (show everything). Search ignores diacritics. */
export function filterUnits(units: readonly UnitItem[], filter: UnitFilter): FilterResult | null {
  const query = filter.query.trim();
  if (!query && !filter.kind) return null;
  const byId = new Map(units.map((u) => [u.id, u]));
  const matched = new Set<string>();
  const visible = new Set<string>();
  for (const unit of units) {
    if (filter.kind && unit.kind !== filter.kind) continue;
    if (query && !matchesSearch(`${unit.name} ${unit.code}`, query)) continue;
    matched.add(unit.id);
    let current: UnitItem | undefined = unit;
    while (current && !visible.has(current.id)) {
      visible.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return { matched, visible };
}

export function pruneTree(nodes: readonly UnitNode[], visible: Set<string>): UnitNode[] {
  return nodes
    .filter((node) => visible.has(node.unit.id))
    .map((node) => ({ ...node, children: pruneTree(node.children, visible) }));
}

/** Ids of a unit and everything below it (a unit cannot be moved under its own descendant). */
export function subtreeIds(units: readonly UnitItem[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** A unit's populations that have anyone: its roster or, without one, its declared number. */
export const countedPopulations = (unit: UnitItem) => unit.populations.filter((p) => p.size > 0);

/**
 * People covered, per population kind, without double counting: a unit's population of
 * a kind counts only when no ancestor already counts that kind (a school's pupils include
 * its classes' pupils; a roster counts the unit's whole subtree).
 */
export function populationTotals(units: readonly UnitItem[], only?: Set<string>): Map<string, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const counts = (unit: UnitItem, kind: string) => countedPopulations(unit).some((p) => p.kind === kind);
  const totals = new Map<string, number>();
  for (const unit of units) {
    if (only && !only.has(unit.id)) continue;
    for (const population of countedPopulations(unit)) {
      let ancestor = unit.parentId ? byId.get(unit.parentId) : undefined;
      let covered = false;
      const seen = new Set<string>();
      while (ancestor && !seen.has(ancestor.id)) {
        seen.add(ancestor.id);
        if ((!only || only.has(ancestor.id)) && counts(ancestor, population.kind)) {
          covered = true;
          break;
        }
        ancestor = ancestor.parentId ? byId.get(ancestor.parentId) : undefined;
      }
      if (!covered) totals.set(population.kind, (totals.get(population.kind) ?? 0) + population.size);
    }
  }
  return totals;
}

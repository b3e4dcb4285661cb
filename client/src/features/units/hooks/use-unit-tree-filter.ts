import type { UnitKind } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { buildTree, filterUnits, populationTotals, pruneTree, type UnitItem } from '../utils/unit-tree';

/** Above this many units the tree starts with schools' classes folded, to stay readable on a phone. */
const EXPAND_ALL_LIMIT = 200;

/**
 * The unit tree as shown: the search and kind filter (matches with their ancestors),
 * the population totals of what matched, and which branches are folded.
 */
export function useUnitTreeFilter(units: readonly UnitItem[]) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [collapsed, setCollapsed] = useState<Set<string> | null>(null);

  const tree = useMemo(() => buildTree(units), [units]);
  const filter = useMemo(() => filterUnits(units, { query, kind }), [units, query, kind]);
  const shown = useMemo(() => (filter ? pruneTree(tree, filter.visible) : tree), [tree, filter]);
  const totals = useMemo(() => populationTotals(units, filter?.matched), [units, filter]);

  const defaultCollapsed = useMemo(() => {
    if (units.length <= EXPAND_ALL_LIMIT) return new Set<string>();
    const parents = new Set(units.map((u) => u.parentId).filter(Boolean));
    return new Set(units.filter((u) => u.kind === 'SCHOOL' && parents.has(u.id)).map((u) => u.id));
  }, [units]);
  const effectiveCollapsed = collapsed ?? defaultCollapsed;

  function toggle(id: string) {
    const next = new Set(effectiveCollapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setCollapsed(next);
  }

  function collapseAll() {
    const parents = new Set(units.map((u) => u.parentId).filter((id): id is string => Boolean(id)));
    // Keep the roots open so the first level stays visible.
    for (const root of tree) parents.delete(root.unit.id);
    setCollapsed(parents);
  }

  return {
    query,
    setQuery,
    kind,
    setKind,
    filter,
    shown,
    totals,
    collapsed: effectiveCollapsed,
    toggle,
    collapseAll,
    expandAll: () => setCollapsed(new Set()),
  };
}

export type UnitTreeFilter = ReturnType<typeof useUnitTreeFilter>;

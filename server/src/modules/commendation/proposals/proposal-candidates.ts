import { foldForSearch } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import type { ProposalCandidateModel } from '../models/proposal.model.js';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Persons on the roster of a unit's subtree whose name holds every word searched
 * (diacritics optional), at most 20 in Vietnamese name order: whom an individual form
 * can be proposed for. The people module's roster query is for admins and unit officers;
 * the commendation organisers (reviewers) search here.
 */
export async function rosterCandidates(
  manager: EntityManager,
  unitId: string,
  search: string,
): Promise<ProposalCandidateModel[]> {
  const words = foldForSearch(search).split(' ').filter(Boolean).slice(0, 6);
  if (words.length === 0) return [];
  const params: unknown[] = [unitId, ...words.map((w) => `%${escapeLike(w)}%`)];
  const rows: { id: string; full_name: string; sub_unit: string; kind: string; unit_id: string; unit_name: string }[] =
    await manager.query(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
       SELECT p.id, p.full_name, p.sub_unit, p.kind, u.id AS unit_id, u.name AS unit_name
         FROM person p JOIN unit u ON u.id = p.unit_id
        WHERE p.unit_id IN (SELECT id FROM tree) AND p.erased_at IS NULL
          ${words.map((_, i) => `AND p.search_text LIKE $${i + 2}`).join(' ')}
        ORDER BY regexp_replace(p.full_name, '^.* ', '') COLLATE "vi_icu", p.full_name COLLATE "vi_icu", p.id
        LIMIT 20`,
      params,
    );
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    subUnit: r.sub_unit,
    kind: r.kind,
    unitId: r.unit_id,
    unitName: r.unit_name,
  }));
}

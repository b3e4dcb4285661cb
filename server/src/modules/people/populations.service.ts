import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { populationFigure, type UnitPopulationFigure } from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Units' populations, one per kind: the roster of the unit's subtree when it lists
 * anyone of that kind (verified), else the number an admin declared for the unit
 * ("khai báo, chưa xác minh"). Every rate's denominator comes from here.
 */
@Injectable()
export class PopulationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The population of `kind` of each unit (null: each unit's main kind). Units that do
   * not exist are absent from the map.
   */
  async figures(
    unitIds: readonly string[],
    kind: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, UnitPopulationFigure>> {
    if (unitIds.length === 0) return new Map();
    const rows: { unit_id: string; kind: string; roster: number; declared: number | null }[] = await manager.query(
      `WITH RECURSIVE asked AS (
         SELECT id, coalesce($2::varchar, population_kind) AS kind FROM unit WHERE id = ANY($1::uuid[])
       ), tree AS (
         SELECT id AS root, id FROM asked
         UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
       )
       SELECT asked.id AS unit_id, asked.kind,
              (SELECT count(*)::int FROM person p JOIN tree ON tree.id = p.unit_id AND tree.root = asked.id
                WHERE p.kind = asked.kind AND p.erased_at IS NULL) AS roster,
              (SELECT d.declared FROM unit_population d WHERE d.unit_id = asked.id AND d.kind = asked.kind) AS declared
         FROM asked`,
      [unitIds, kind],
    );
    return new Map(rows.map((r) => [r.unit_id, populationFigure(r.kind, r.roster, r.declared ?? 0)]));
  }

  /** Every kind a unit has a roster or a declared number of, in the kinds' order. */
  async allFigures(unitIds: readonly string[]): Promise<Map<string, UnitPopulationFigure[]>> {
    const result = new Map<string, UnitPopulationFigure[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length === 0) return result;
    const rows: { unit_id: string; kind: string; roster: number; declared: number | null }[] =
      await this.dataSource.query(
        `WITH RECURSIVE tree AS (
           SELECT id AS root, id FROM unit WHERE id = ANY($1::uuid[])
           UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
         ), roster AS (
           SELECT tree.root AS unit_id, p.kind, count(*)::int AS roster
             FROM person p JOIN tree ON tree.id = p.unit_id WHERE p.erased_at IS NULL GROUP BY tree.root, p.kind
         )
         SELECT coalesce(r.unit_id, d.unit_id) AS unit_id, coalesce(r.kind, d.kind) AS kind,
                coalesce(r.roster, 0) AS roster, d.declared
           FROM roster r
           FULL JOIN (SELECT unit_id, kind, declared FROM unit_population WHERE unit_id = ANY($1::uuid[])) d
             ON d.unit_id = r.unit_id AND d.kind = r.kind
           JOIN population_kind k ON k.code = coalesce(r.kind, d.kind)
          ORDER BY k.sort_order, k.code`,
        [unitIds],
      );
    for (const r of rows) result.get(r.unit_id)?.push(populationFigure(r.kind, r.roster, r.declared ?? 0));
    return result;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  activityAttendanceRate,
  activityFigures,
  COUNTED_ACTIVITY_STATUSES,
  type ActivityFigureFilter,
  type ActivityFigureRow,
  type ActivityFigures,
  type ActivityForm,
  type ActivityStatus,
  type UnitPopulationFigure,
} from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { PopulationsService } from '../../people/populations.service.js';

export interface ActivityFiguresQuery extends ActivityFigureFilter {
  /** One plan; null/absent: every plan. */
  planId?: string | null;
  /** The units asked for (each gets its own figures). */
  unitIds: readonly string[];
  /** true: a unit's figures include its sub-units' activities (and their attendees). */
  includeSubUnits: boolean;
}

export interface UnitAttendanceRate {
  kind: string;
  /** Distinct persons of the kind present at one counted activity or more. */
  attendees: number;
  /** The unit's population of the kind (PopulationsService: the roster of its subtree, else declared). */
  population: UnitPopulationFigure;
  /** attendees ÷ population, capped at 1. */
  rate: number;
}

export interface WardAttendanceRow {
  kind: string;
  labelVi: string;
  labelEn: string;
  /** Distinct persons of the kind present at one counted activity or more, in the whole ward. */
  attendees: number;
  /** The ward's population of the kind: the rosters of the whole tree, else what its top units declared. */
  population: number;
  rate: number;
}

/**
 * The log's figures per unit, the ONE definition the computed campaign indicators, the
 * dashboard and the periodic report use (the arithmetic is shared `activityFigures`,
 * so a test recomputes a figure from the rows): counted activities only (SUBMITTED),
 * inclusive dates, filterable by plan, form and kinds, with or without sub-units, and
 * the activity ids behind each figure. Named attendees are distinct persons.
 */
@Injectable()
export class ActivityFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
  ) {}

  /** Per asked unit (every asked unit is in the map, with zeros when nothing counts). */
  async figures(
    query: ActivityFiguresQuery,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ActivityFigures>> {
    const rowsByUnit = await this.rows(query, manager);
    const result = new Map<string, ActivityFigures>();
    for (const unitId of query.unitIds) result.set(unitId, activityFigures(rowsByUnit.get(unitId) ?? [], query));
    return result;
  }

  /**
   * The attendance rate of a population kind per asked unit: distinct persons of the kind
   * present at one counted activity or more ÷ the unit's population of that kind, capped at 1.
   */
  async attendanceRates(
    query: ActivityFiguresQuery,
    populationKind: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, UnitAttendanceRate & { figures: ActivityFigures }>> {
    const [figures, populations] = await Promise.all([
      this.figures(query, manager),
      this.populations.figures(query.unitIds, populationKind, manager),
    ]);
    const result = new Map<string, UnitAttendanceRate & { figures: ActivityFigures }>();
    for (const [unitId, f] of figures) {
      const population = populations.get(unitId) ?? {
        kind: populationKind,
        size: 0,
        source: 'DECLARED' as const,
        rosterSize: 0,
        declared: 0,
      };
      result.set(unitId, {
        kind: populationKind,
        attendees: f.attendeesByKind[populationKind] ?? 0,
        population,
        rate: activityAttendanceRate(f, populationKind, population.size),
        figures: f,
      });
    }
    return result;
  }

  /**
   * The whole ward's attendance by population kind, the one computation the dashboard and the
   * periodic report show: `all` are the figures of the whole tree's counted rows (its roots with
   * their sub-units), so a person is counted once wherever they attended, and the population is
   * the whole tree's, so no nested unit is counted twice. Kinds with neither attendees nor a
   * population are left out; in the kinds' order.
   */
  async wardAttendance(
    all: ActivityFigures,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WardAttendanceRow[]> {
    const roots: { id: string }[] = await manager.query(`SELECT id FROM unit WHERE parent_id IS NULL`);
    const populationByKind = new Map<string, number>();
    for (const list of (await this.populations.allFigures(roots.map((r) => r.id))).values())
      for (const p of list) populationByKind.set(p.kind, (populationByKind.get(p.kind) ?? 0) + p.size);
    const kinds: { code: string; labelVi: string; labelEn: string }[] = await manager.query(
      `SELECT code, label_vi AS "labelVi", label_en AS "labelEn" FROM population_kind ORDER BY sort_order, code`,
    );
    return kinds
      .map((k) => ({
        kind: k.code,
        labelVi: k.labelVi,
        labelEn: k.labelEn,
        attendees: all.attendeesByKind[k.code] ?? 0,
        population: populationByKind.get(k.code) ?? 0,
        rate: activityAttendanceRate(all, k.code, populationByKind.get(k.code) ?? 0),
      }))
      .filter((row) => row.population > 0 || row.attendees > 0);
  }

  /**
   * The counted rows of each asked unit (with its subtree when asked), already narrowed in
   * SQL by status, plan, dates, form and kinds; `activityFigures` applies the same filter again.
   */
  async rows(
    query: ActivityFiguresQuery,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ActivityFigureRow[]>> {
    const byUnit = new Map<string, ActivityFigureRow[]>(query.unitIds.map((id) => [id, []]));
    if (query.unitIds.length === 0) return byUnit;
    const tree = query.includeSubUnits
      ? `WITH RECURSIVE tree AS (
           SELECT id AS root, id FROM unit WHERE id = ANY($1::uuid[])
           UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
         )`
      : `WITH tree AS (SELECT id AS root, id FROM unit WHERE id = ANY($1::uuid[]))`;
    const rows: {
      root: string;
      id: string;
      unit_id: string;
      form: ActivityForm;
      kind: string;
      status: ActivityStatus;
      occurred_on: string | null;
      quantity: number | null;
      attendee_count: number | null;
      attendees: { personId: string; personKind: string }[];
    }[] = await manager.query(
      `${tree}
       SELECT tree.root, a.id, a.unit_id, a.form, a.kind, a.status, to_char(a.occurred_on, 'YYYY-MM-DD') AS occurred_on,
              a.quantity, a.attendee_count,
              coalesce((SELECT json_agg(json_build_object('personId', p.id, 'personKind', p.kind))
                          FROM activity_attendee aa JOIN person p ON p.id = aa.person_id
                         WHERE aa.activity_id = a.id), '[]'::json) AS attendees
         FROM activity a JOIN tree ON tree.id = a.unit_id
        WHERE a.status = ANY($2::varchar[])
          AND a.occurred_on IS NOT NULL
          AND ($3::uuid IS NULL OR a.plan_id = $3)
          AND ($4::date IS NULL OR a.occurred_on >= $4)
          AND ($5::date IS NULL OR a.occurred_on <= $5)
          AND ($6::varchar IS NULL OR a.form = $6)
          AND (cardinality($7::varchar[]) = 0 OR a.kind = ANY($7::varchar[]))`,
      [
        query.unitIds,
        COUNTED_ACTIVITY_STATUSES,
        query.planId ?? null,
        query.from ?? null,
        query.to ?? null,
        query.form ?? null,
        query.kinds ?? [],
      ],
    );
    for (const r of rows)
      byUnit.get(r.root)?.push({
        id: r.id,
        unitId: r.unit_id,
        form: r.form,
        kind: r.kind,
        status: r.status,
        occurredOn: r.occurred_on,
        quantity: r.quantity,
        attendeeCount: r.attendee_count,
        attendees: r.attendees,
      });
    return byUnit;
  }
}

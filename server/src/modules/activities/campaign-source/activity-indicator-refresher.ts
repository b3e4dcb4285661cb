import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COUNTED_ACTIVITY_STATUSES, type ActivityStatus } from '@thidua/shared';
import { DataSource } from 'typeorm';
import { CampaignBoardBroadcaster } from '../../campaigns/board/campaign-board.broadcaster.js';
import { ComputedScoresService } from '../../campaigns/sheets/computed-scores.service.js';

export interface ActivityChange {
  planId: string;
  unitId: string;
  /** The activity's date (ISO); null: nothing to refresh. */
  occurredOn: string | null;
}

/** What of an activity decides whether and where it counts. */
export interface CountedState extends ActivityChange {
  status: ActivityStatus;
}

/**
 * Keeps the ACTIVITY-bound computed entries current: after a counted change to the log
 * commits (submitted, corrected, withdrawn), it recomputes those entries of the unit's and
 * its ancestors' unpublished sheets in every running campaign's periods that contain the
 * date (the actor is the system), audited SCORE_COMPUTED as the admin's recompute is, and
 * tells the board. A published sheet keeps its figures.
 */
@Injectable()
export class ActivityIndicatorRefresher {
  private readonly logger = new Logger(ActivityIndicatorRefresher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly computed: ComputedScoresService,
    private readonly board: CampaignBoardBroadcaster,
  ) {}

  /**
   * After a change to the log committed: refreshes each distinct (plan, unit, date) of the
   * activity before and after it when either side is counted (a submission, a correction
   * request, a change to a submitted activity). A failure is logged, never thrown: the
   * change itself stands and an admin's recompute catches up.
   */
  async afterCommit(before: CountedState | null, after: CountedState | null): Promise<void> {
    const counted = (s: CountedState | null): s is CountedState =>
      !!s && COUNTED_ACTIVITY_STATUSES.includes(s.status) && !!s.occurredOn;
    const changes = new Map<string, ActivityChange>();
    for (const s of [before, after]) if (counted(s)) changes.set(`${s.planId}|${s.unitId}|${s.occurredOn}`, s);
    for (const change of changes.values()) {
      try {
        await this.activityChanged(change);
      } catch (error) {
        this.logger.error(
          `Refreshing the activity indicators of unit ${change.unitId} on ${change.occurredOn} failed`,
          error instanceof Error ? error.stack : String(error),
        );
      }
    }
  }

  async activityChanged(change: ActivityChange): Promise<void> {
    if (!change.occurredOn) return;
    const changed = await this.dataSource.transaction(async (manager) => {
      const units: { id: string }[] = await manager.query(
        `WITH RECURSIVE up AS (
           SELECT id, parent_id FROM unit WHERE id = $1
           UNION SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
         ) SELECT id FROM up`,
        [change.unitId],
      );
      const unitIds = units.map((u) => u.id);
      if (unitIds.length === 0) return [];
      // Periods containing the date, of campaigns past DRAFT, with an ACTIVITY indicator bound to the plan or to all plans.
      const periods: { campaign_id: string; period_id: string }[] = await manager.query(
        `SELECT DISTINCT p.campaign_id, p.id AS period_id
           FROM campaign_period p JOIN campaign c ON c.id = p.campaign_id
          WHERE c.status <> 'DRAFT' AND p.starts_on <= $1::date AND p.ends_on >= $1::date
            AND EXISTS (SELECT 1 FROM indicator i
                         WHERE i.campaign_id = c.id AND i.kind = 'COMPUTED'
                           AND i.computed_source->>'kind' = 'ACTIVITY'
                           AND (i.computed_source->>'id' IS NULL OR i.computed_source->>'id' = $2))`,
        [change.occurredOn, change.planId],
      );
      const touched: string[] = [];
      for (const p of periods) {
        const r = await this.computed.fillPeriod(manager, p.campaign_id, p.period_id, null, {
          unitIds,
          sourceKind: 'ACTIVITY',
        });
        if (r.updated > 0) touched.push(p.campaign_id);
      }
      return touched;
    });
    for (const campaignId of new Set(changed)) this.board.changed(campaignId);
    if (changed.length) this.logger.debug?.(`Activity indicators refreshed in ${changed.length} period(s)`);
  }
}

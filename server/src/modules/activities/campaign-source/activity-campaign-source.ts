import { Injectable, type OnModuleInit } from '@nestjs/common';
import { activityIndicatorShare, ComputedSourceKind, type ActivityForm, type ComputedSource } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import { ComputedSourceRegistry } from '../../campaigns/computed-source.registry.js';
import { ActivityFiguresService } from '../figures/activity-figures.js';

/**
 * The ACTIVITY source of computed campaign indicators: the activity log's figures over the
 * campaign period (ActivityFiguresService, the one definition), filtered by the binding's
 * plan (id; null = every plan), form, kinds and sub-units. The value is a share 0..1:
 * the figure ÷ the binding's target, or the attendance rate; the entry records the figure,
 * the population and the activity ids behind it.
 */
@Injectable()
export class ActivityCampaignSource implements OnModuleInit {
  constructor(
    private readonly registry: ComputedSourceRegistry,
    private readonly figures: ActivityFiguresService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      kind: ComputedSourceKind.ACTIVITY,
      // Only `compute` is used for ACTIVITY (it needs the period); `fetch` is the registry's contract.
      fetch: () => Promise.resolve(new Map()),
      compute: (source, unitIds, period, manager) => this.compute(source, unitIds, period, manager),
    });
  }

  async compute(
    source: ComputedSource,
    unitIds: readonly string[],
    period: { startsOn: string; endsOn: string },
    manager: EntityManager,
  ): Promise<Map<string, { value: number; detail: Record<string, unknown> }>> {
    const query = {
      planId: source.id,
      unitIds,
      includeSubUnits: source.includeSubUnits ?? false,
      from: period.startsOn,
      to: period.endsOn,
      form: (source.form as ActivityForm | null | undefined) ?? null,
      kinds: source.kinds ?? null,
    };
    const kind = source.populationKind ?? null;
    const result = new Map<string, { value: number; detail: Record<string, unknown> }>();
    if (kind) {
      const rates = await this.figures.attendanceRates(query, kind, manager);
      for (const [unitId, r] of rates) {
        result.set(unitId, {
          value: activityIndicatorShare(r.figures, source, r.population.size),
          detail: {
            period,
            figures: r.figures,
            population: r.population.size,
            populationSource: r.population.source,
          },
        });
      }
      return result;
    }
    const figures = await this.figures.figures(query, manager);
    for (const [unitId, f] of figures)
      result.set(unitId, { value: activityIndicatorShare(f, source, 0), detail: { period, figures: f } });
    return result;
  }
}

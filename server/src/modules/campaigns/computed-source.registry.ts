import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ComputedSource,
  ComputedMetric,
  ComputedSourceKind,
  ParticipantRecord,
  ParticipationAct,
  ParticipationBasis,
} from '@thidua/shared';

/**
 * A source of computed indicator values, registered by the module that owns the
 * results (live games: LIVE_GAME, online contests: CONTEST) in its onModuleInit:
 *
 *   constructor(private readonly registry: ComputedSourceRegistry) {}
 *   onModuleInit() { this.registry.register({ kind: 'LIVE_GAME', fetch: (id, unitIds, metric) => ... }); }
 */
export interface ComputedSourceProvider {
  kind: ComputedSourceKind;
  /**
   * Per unit of `unitIds` (units absent from the map count 0):
   * - PARTICIPATION_RATE: the number of DISTINCT participants attributed to the unit
   *   (the campaign divides by the unit's eligible population, so that the formula lives in one place);
   * - AVERAGE_SCORE: the mean score of the unit's participants as a share of the maximum, 0..1.
   */
  fetch(sourceId: string, unitIds: readonly string[], metric: ComputedMetric): Promise<Map<string, number>>;
  /**
   * PARTICIPATION_RATE, when the source provides it (preferred over `fetch`): per unit of
   * `unitIds` (with its sub-units), the players or entrants who did the source's act. The
   * campaign applies the shared `participation()` with the unit's population of the
   * indicator's kind, so the figure is the one the source's own unit board shows.
   */
  participants?(sourceId: string, unitIds: readonly string[]): Promise<SourceParticipants>;
  /**
   * Sources measured over the campaign period (ACTIVITY: the activity log), preferred over
   * `fetch` when present: per unit of `unitIds`, the indicator's value (a share 0..1) and
   * what it was computed from (recorded in the entry's `computed`). `period` is the campaign
   * period's dates (inclusive); LIVE_GAME and CONTEST have no `compute` and ignore it.
   */
  compute?(
    source: ComputedSource,
    unitIds: readonly string[],
    period: { startsOn: string; endsOn: string },
    manager: EntityManager,
  ): Promise<Map<string, { value: number; detail: Record<string, unknown> }>>;
  /** Whether the game or contest exists; checked when an admin binds an indicator to it (unchecked without). */
  exists?(sourceId: string): Promise<boolean>;
}

export interface SourceParticipants {
  act: ParticipationAct;
  /** BEFORE_ROSTERS for a game or contest created before rosters: every participant counts, as then. */
  basis: ParticipationBasis;
  byUnit: Map<string, ParticipantRecord[]>;
}

/** Where computed indicators find their sources. Exported by CampaignsModule. */
@Injectable()
export class ComputedSourceRegistry {
  private readonly providers = new Map<ComputedSourceKind, ComputedSourceProvider>();

  /** Registers (or replaces) the provider of a source kind. */
  register(provider: ComputedSourceProvider): void {
    this.providers.set(provider.kind, provider);
  }

  get(kind: ComputedSourceKind): ComputedSourceProvider | undefined {
    return this.providers.get(kind);
  }
}

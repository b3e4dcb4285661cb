import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public, type RequestWithUser } from '../../common/auth/decorators.js';
import { InvalidInputError } from '../../common/errors/app-error.js';
import { RosterSearchInput } from './dto/person.input.js';
import { IdentityService, type IdentityScope } from './identity.service.js';
import { RosterCandidateModel } from './models/person.model.js';
import { PeopleError } from './people.errors.js';

/** Unit kinds that hold no roster of their own in a live game (the ward, its groups): not offered as a game's unit. */
const NOT_GAME_UNIT_KINDS = ['WARD', 'GROUP'];

/** The roster search players and entrants use to pick themselves (then confirm their birth year). */
@Resolver(() => RosterCandidateModel)
export class RosterCandidatesResolver {
  constructor(
    private readonly identity: IdentityService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => [RosterCandidateModel], {
    description: 'Names on a unit’s roster matching what was typed (≥ 2 letters, ≤ 8 names, no birth data)',
  })
  @Public('players and entrants pick their own name; rate-limited per address, names only')
  async rosterCandidates(
    @Args('input') input: RosterSearchInput,
    @Context('req') req: RequestWithUser,
  ): Promise<RosterCandidateModel[]> {
    const scope = await this.scopeOf(input);
    return this.identity.searchRoster(input.unitId, input.query, scope, req.ip ?? 'unknown');
  }

  /** The units the contest or the live game admits. */
  private async scopeOf(input: RosterSearchInput): Promise<IdentityScope> {
    if (input.contestId) {
      const [contest]: { eligible_unit_ids: string[] }[] = await this.dataSource.query(
        'SELECT eligible_unit_ids FROM contest WHERE id = $1',
        [input.contestId],
      );
      if (!contest) throw new PeopleError('CONTEST_NOT_FOUND', 'No such contest');
      return contest.eligible_unit_ids.length === 0 ? null : contest.eligible_unit_ids;
    }
    if (input.liveGamePin) {
      const rows: { id: string | null }[] = await this.dataSource.query(
        `SELECT u.id FROM live_game g LEFT JOIN unit u ON u.kind <> ALL($2::varchar[])
          WHERE g.pin = $1 AND g.status <> 'ENDED'`,
        [input.liveGamePin, NOT_GAME_UNIT_KINDS],
      );
      if (rows.length === 0) throw new PeopleError('LIVE_GAME_NOT_FOUND', 'No game has this PIN');
      return rows.flatMap((r) => (r.id ? [r.id] : []));
    }
    throw new InvalidInputError('INVALID_INPUT', 'Name the contest or the live game the search is for', {
      field: 'contestId',
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import type { Person } from './entities/person.entity.js';
import type { PersonContestRecordModel, PersonGameRecordModel } from './models/person-record.model.js';
import { PeopleAccess } from './people-access.js';
import { RosterService } from './roster.service.js';

export interface PersonRecord {
  person: Person;
  games: PersonGameRecordModel[];
  contests: PersonContestRecordModel[];
}

/** One row of a roster's results file: a person with what they did. */
export interface RosterResultRow {
  personId: string;
  fullName: string;
  subUnit: string;
  unitName: string;
  kind: string;
  games: number;
  answered: number;
  gamePoints: number;
  bestGameRank: number | null;
  contests: number;
  attempts: number;
  bestContestScore: number | null;
}

/** The live games of the given persons: score, rank among the game's non-removed players, answers. */
const GAMES_SQL = `
  WITH ranked AS (
    SELECT lp.id, lp.game_id, lp.person_id, lp.score, lp.removed_at,
           rank() OVER (PARTITION BY lp.game_id ORDER BY lp.score DESC, lp.correct_time_ms ASC) AS rank,
           count(*) OVER (PARTITION BY lp.game_id) AS players
      FROM live_player lp
     WHERE lp.removed_at IS NULL
       AND lp.game_id IN (SELECT game_id FROM live_player WHERE person_id = ANY($1::uuid[]))
  )
  SELECT lp.person_id, g.id AS game_id, g.title, coalesce(g.started_at, g.created_at) AS played_at, lp.score,
         CASE WHEN lp.removed_at IS NULL THEN r.rank::int END AS rank,
         coalesce((SELECT count(*)::int FROM live_player x WHERE x.game_id = g.id AND x.removed_at IS NULL), 0) AS players,
         (SELECT count(*)::int FROM live_answer a WHERE a.player_id = lp.id) AS answered
    FROM live_player lp
    JOIN live_game g ON g.id = lp.game_id
    LEFT JOIN ranked r ON r.id = lp.id
   WHERE lp.person_id = ANY($1::uuid[])
   ORDER BY played_at DESC`;

/** The contest entries of the given persons: submitted attempts and the best score. */
const CONTESTS_SQL = `
  SELECT e.person_id, c.id AS contest_id, c.title, e.disqualified_at IS NOT NULL AS disqualified,
         count(a.id) FILTER (WHERE a.submitted_at IS NOT NULL)::int AS attempts,
         max(a.score) FILTER (WHERE a.submitted_at IS NOT NULL) AS best_score,
         max(a.max_score) FILTER (WHERE a.submitted_at IS NOT NULL) AS max_score
    FROM entrant e
    JOIN contest c ON c.id = e.contest_id
    LEFT JOIN attempt a ON a.entrant_id = e.id
   WHERE e.person_id = ANY($1::uuid[])
   GROUP BY e.id, c.id
   ORDER BY min(e.created_at) DESC`;

interface GameRow {
  person_id: string;
  game_id: string;
  title: string;
  played_at: Date;
  score: number;
  rank: number | null;
  players: number;
  answered: number;
}

interface ContestRow {
  person_id: string;
  contest_id: string;
  title: string;
  disqualified: boolean;
  attempts: number;
  best_score: number | null;
  max_score: number | null;
}

/** A person's record (for the organiser's person page, commendations) and a roster's results. */
@Injectable()
export class PersonRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roster: RosterService,
    private readonly access: PeopleAccess,
  ) {}

  async record(viewer: AuthUser, id: string): Promise<PersonRecord> {
    const person = await this.roster.get(viewer, id);
    const { games, contests } = await this.activity([id]);
    return { person, games: games.get(id) ?? [], contests: contests.get(id) ?? [] };
  }

  /** Every person of the unit's roster (with its sub-units) and what they did, in roster order. */
  async rosterResults(viewer: AuthUser, unitId: string): Promise<RosterResultRow[]> {
    await this.access.assertUnit(viewer, unitId);
    const people: { id: string; full_name: string; sub_unit: string; unit_name: string; kind: string }[] =
      await this.dataSource.query(
        `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
         SELECT p.id, p.full_name, p.sub_unit, u.name AS unit_name, p.kind
           FROM person p JOIN unit u ON u.id = p.unit_id
          WHERE p.unit_id IN (SELECT id FROM tree) AND p.erased_at IS NULL
          ORDER BY u.name COLLATE "vi_icu", p.sub_unit, regexp_replace(p.full_name, '^.* ', '') COLLATE "vi_icu",
                   p.full_name COLLATE "vi_icu"`,
        [unitId],
      );
    const { games, contests } = await this.activity(people.map((p) => p.id));
    return people.map((p) => {
      const g = games.get(p.id) ?? [];
      const c = contests.get(p.id) ?? [];
      const ranks = g.flatMap((x) => (x.rank === null ? [] : [x.rank]));
      const scores = c.flatMap((x) => (x.bestScore === null ? [] : [x.bestScore]));
      return {
        personId: p.id,
        fullName: p.full_name,
        subUnit: p.sub_unit,
        unitName: p.unit_name,
        kind: p.kind,
        games: g.length,
        answered: g.reduce((sum, x) => sum + x.answered, 0),
        gamePoints: g.reduce((sum, x) => sum + x.score, 0),
        bestGameRank: ranks.length > 0 ? Math.min(...ranks) : null,
        contests: c.length,
        attempts: c.reduce((sum, x) => sum + x.attempts, 0),
        bestContestScore: scores.length > 0 ? Math.max(...scores) : null,
      };
    });
  }

  private async activity(personIds: string[]): Promise<{
    games: Map<string, PersonGameRecordModel[]>;
    contests: Map<string, PersonContestRecordModel[]>;
  }> {
    const games = new Map<string, PersonGameRecordModel[]>();
    const contests = new Map<string, PersonContestRecordModel[]>();
    if (personIds.length === 0) return { games, contests };
    const gameRows: GameRow[] = await this.dataSource.query(GAMES_SQL, [personIds]);
    for (const r of gameRows) {
      const list = games.get(r.person_id) ?? [];
      list.push({
        gameId: r.game_id,
        title: r.title,
        playedAt: r.played_at,
        score: r.score,
        rank: r.rank,
        players: r.players,
        answered: r.answered,
      });
      games.set(r.person_id, list);
    }
    const contestRows: ContestRow[] = await this.dataSource.query(CONTESTS_SQL, [personIds]);
    for (const r of contestRows) {
      const list = contests.get(r.person_id) ?? [];
      list.push({
        contestId: r.contest_id,
        title: r.title,
        attempts: r.attempts,
        bestScore: r.best_score,
        maxScore: r.max_score,
        prize: null,
        disqualified: r.disqualified,
      });
      contests.set(r.person_id, list);
    }
    return { games, contests };
  }
}

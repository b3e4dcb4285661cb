import { PopulationsService } from '../people/populations.service.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AnswerKeyReveal,
  ContestStatus,
  IdentityMode,
  CountingAttempt,
  DEFAULT_RANKING_CHAIN,
  DEFAULT_UNIT_PRIZE,
  FlagResolution,
  normalizeText,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  slugify,
  uniqueSlug,
  PredictionKind,
  validateRankingChain,
  type UnitPopulationFigure,
  type UnitPrizeConfig,
} from '@thidua/shared';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { ContestQuestionBank } from './contest-question-bank.js';
import { contestVisibleTo } from './contest-visibility.js';
import { ContestsError } from './contests.errors.js';
import type {
  ContestRoundInput,
  CreateContestInput,
  ResolveContestFlagInput,
  UpdateContestInput,
} from './dto/contest.input.js';
import { ContestFlag } from './entities/contest-flag.entity.js';
import { ContestRound } from './entities/contest-round.entity.js';
import { Contest, type ContestDrawRule } from './entities/contest.entity.js';
import { Entrant } from './entities/entrant.entity.js';

/** How long a contest's settings and eligible units are reused on the hot paths (register, start). */
const CACHE_MS = 5_000;

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  eligiblePopulation: number;
  /** The unit's population of the contest's kind (or its main kind): size, kind, roster or declared. */
  population: UnitPopulationFigure;
}

/** Contest set-up (admins), its public description, rounds, freezing and publication, and flags. */
@Injectable()
export class ContestsService {
  private readonly contestCache = new Map<string, { contest: Contest; at: number }>();
  private readonly eligibleCache = new Map<string, { ids: Set<string>; at: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bank: ContestQuestionBank,
    private readonly populations: PopulationsService,
  ) {}

  list(): Promise<Contest[]> {
    return this.dataSource.getRepository(Contest).find({ order: { createdAt: 'DESC' } });
  }

  /** The contest's id for its short link's slug (the /c/<slug> page); a draft only for its editors. */
  async idForSlug(slug: string, viewer: AuthUser | undefined): Promise<string> {
    if (slug.length > SLUG_MAX_LENGTH) throw new ContestsError('CONTEST_NOT_FOUND', 'No such contest');
    const contest = await this.dataSource
      .getRepository(Contest)
      .findOne({ where: { slug }, select: { id: true, status: true } });
    if (!contest || !contestVisibleTo(contest.status, viewer))
      throw new ContestsError('CONTEST_NOT_FOUND', 'No such contest');
    return contest.id;
  }

  /** The contest for its public page: a draft is CONTEST_NOT_FOUND, as an unknown id, except to its editors. */
  async visibleContest(id: string, viewer: AuthUser | undefined): Promise<Contest> {
    const contest = await this.get(id);
    if (!contestVisibleTo(contest.status, viewer)) throw new ContestsError('CONTEST_NOT_FOUND', 'No such contest');
    return contest;
  }

  async get(id: string): Promise<Contest> {
    const contest = await this.dataSource.getRepository(Contest).findOneBy({ id });
    if (!contest) throw new ContestsError('CONTEST_NOT_FOUND', 'No such contest');
    return contest;
  }

  /** The contest, which must be OPEN (cached briefly: this is on every registration and start). */
  async openContest(id: string): Promise<Contest> {
    const cached = this.contestCache.get(id);
    const contest = cached && Date.now() - cached.at < CACHE_MS ? cached.contest : await this.get(id);
    this.contestCache.set(id, { contest, at: cached && contest === cached.contest ? cached.at : Date.now() });
    if (contest.status !== ContestStatus.OPEN) throw new ContestsError('CONTEST_NOT_OPEN', 'The contest is not open');
    return contest;
  }

  rounds(contestId: string): Promise<ContestRound[]> {
    return this.dataSource.getRepository(ContestRound).find({ where: { contestId }, order: { startsAt: 'ASC' } });
  }

  async round(id: string): Promise<ContestRound> {
    const round = await this.dataSource.getRepository(ContestRound).findOneBy({ id });
    if (!round) throw new ContestsError('ROUND_NOT_FOUND', 'No such round');
    return round;
  }

  /** The round whose window contains now, if any. */
  async currentRound(contestId: string, at = new Date()): Promise<ContestRound | null> {
    return this.dataSource
      .getRepository(ContestRound)
      .createQueryBuilder('r')
      .where('r.contest_id = :contestId AND r.starts_at <= :at AND r.ends_at > :at', { contestId, at })
      .orderBy('r.starts_at', 'DESC')
      .getOne();
  }

  /** Ids of the units whose people may enter: the listed units and their descendants (all when none listed). */
  async eligibleUnitIds(contest: Contest): Promise<Set<string>> {
    const cached = this.eligibleCache.get(contest.id);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.ids;
    const rows: { id: string }[] =
      contest.eligibleUnitIds.length === 0
        ? await this.dataSource.query('SELECT id FROM unit')
        : await this.dataSource.query(
            `WITH RECURSIVE down AS (SELECT id FROM unit WHERE id = ANY($1::uuid[])
               UNION SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id)
             SELECT id FROM down`,
            [contest.eligibleUnitIds],
          );
    const ids = new Set(rows.map((r) => r.id));
    this.eligibleCache.set(contest.id, { ids, at: Date.now() });
    return ids;
  }

  /** The units an entrant can choose, in tree order. */
  async unitOptions(contest: Contest): Promise<UnitOption[]> {
    const ids = [...(await this.eligibleUnitIds(contest))];
    if (ids.length === 0) return [];
    const rows: (Omit<UnitOption, 'parentId' | 'eligiblePopulation' | 'population'> & { parent_id: string | null })[] =
      await this.dataSource.query(
        `SELECT id, code, name, kind, parent_id FROM unit WHERE id = ANY($1::uuid[])
          ORDER BY sort_order, name COLLATE "vi_icu"`,
        [ids],
      );
    const figures = await this.populations.figures(ids, contest.populationKind);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentId: r.parent_id,
      eligiblePopulation: figures.get(r.id)?.size ?? 0,
      population: figures.get(r.id) ?? {
        kind: contest.populationKind ?? 'RESIDENTS',
        size: 0,
        source: 'DECLARED',
        rosterSize: 0,
        declared: 0,
      },
    }));
  }

  /** A unit's name (registration answers with it; cheaper than the unit options on that hot path). */
  async unitName(unitId: string): Promise<string> {
    const [row]: { name: string }[] = await this.dataSource.query('SELECT name FROM unit WHERE id = $1', [unitId]);
    return row?.name ?? '';
  }

  /**
   * A contest's short-link slug: a staff-given one must be free and well formed
   * (CONTEST_INVALID naming slug); one made from the title is numbered until free.
   */
  private async checkedSlug(
    manager: EntityManager,
    slug: string,
    contestId: string | null,
    fromTitle: boolean,
  ): Promise<string> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM contest WHERE (slug = $1 OR slug LIKE $1 || '-%') AND ($2::uuid IS NULL OR id <> $2)`,
      [slug, contestId],
    );
    const taken = new Set(rows.map((r) => r.slug));
    if (fromTitle) return uniqueSlug(slug, taken);
    if (!SLUG_PATTERN.test(slug) || slug.length > SLUG_MAX_LENGTH)
      throw new ContestsError('CONTEST_INVALID', 'The link may hold only a-z, 0-9 and single hyphens', {
        field: 'slug',
      });
    if (taken.has(slug)) throw new ContestsError('CONTEST_INVALID', 'Another contest has this link', { field: 'slug' });
    return slug;
  }

  /** Vietnamese labels of the population kinds, by code (for formulas and exports). */
  async kindLabels(): Promise<Map<string, string>> {
    const rows: { code: string; label_vi: string }[] = await this.dataSource.query(
      'SELECT code, label_vi FROM population_kind',
    );
    return new Map(rows.map((r) => [r.code, r.label_vi]));
  }

  // ---------- set-up ----------

  create(author: AuthUser | null, input: CreateContestInput): Promise<Contest> {
    return this.dataSource.transaction((manager) => this.createIn(manager, author, input));
  }

  /** Creates a contest (and its rounds) in the caller's transaction; `open` opens it at once (the demo). */
  async createIn(
    manager: EntityManager,
    author: AuthUser | null,
    input: CreateContestInput,
    options: { isDemo?: boolean; open?: boolean } = {},
  ): Promise<Contest> {
    const drawRules = this.checkedRules(input.drawRules);
    const rankingChain = this.checkedChain(input.rankingChain);
    await this.checkUnits(manager, input.eligibleUnitIds ?? []);
    if (options.open) await this.bank.draw(drawRules);
    const contest = await manager.save(
      manager.create(Contest, {
        title: normalizeText(input.title),
        slug: await this.checkedSlug(manager, input.slug ?? slugify(input.title), null, input.slug === undefined),
        rulesText: (input.rulesText ?? '').normalize('NFC').trim(),
        status: options.open ? ContestStatus.OPEN : ContestStatus.DRAFT,
        eligibleUnitIds: input.eligibleUnitIds ?? [],
        drawRules,
        questionsPerAttempt: drawRules.reduce((sum, r) => sum + r.count, 0),
        shuffleOptions: input.shuffleOptions ?? true,
        timeLimitSeconds: input.timeLimitSeconds,
        attemptsPerRound: input.attemptsPerRound,
        countingAttempt: input.countingAttempt ?? CountingAttempt.BEST,
        predictionKind: input.predictionKind ?? PredictionKind.PARTICIPANTS,
        rankingChain,
        unitPrize: checkedPrize(input.unitPrize),
        identityMode: input.identityMode ?? IdentityMode.OPEN,
        populationKind: await this.checkedKind(manager, input.populationKind ?? null),
        answerKeyReveal: input.answerKeyReveal ?? AnswerKeyReveal.AFTER_ROUND_CLOSES,
        isDemo: options.isDemo ?? false,
        createdBy: author?.id ?? null,
      }),
    );
    await this.replaceRounds(manager, contest.id, input.rounds);
    return contest;
  }

  async update(input: UpdateContestInput): Promise<Contest> {
    const contest = await this.dataSource.transaction(async (manager) => {
      const contest = await manager.findOne(Contest, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!contest) throw new ContestsError('CONTEST_NOT_FOUND', 'No such contest');
      const { title, rulesText, rounds, slug, ...rest } = input;
      const published = { ...rest, id: undefined };
      if (contest.status !== ContestStatus.DRAFT && (rounds || Object.values(published).some((v) => v !== undefined)))
        throw new ContestsError('CONTEST_LOCKED', 'Once open, only the title and the rules text can change');
      if (title !== undefined) contest.title = normalizeText(title);
      if (slug !== undefined) contest.slug = await this.checkedSlug(manager, slug, contest.id, false);
      if (rulesText !== undefined) contest.rulesText = rulesText.normalize('NFC').trim();
      if (input.eligibleUnitIds) {
        await this.checkUnits(manager, input.eligibleUnitIds);
        contest.eligibleUnitIds = input.eligibleUnitIds;
      }
      if (input.drawRules) {
        contest.drawRules = this.checkedRules(input.drawRules);
        contest.questionsPerAttempt = contest.drawRules.reduce((sum, r) => sum + r.count, 0);
      }
      if (input.rankingChain) contest.rankingChain = this.checkedChain(input.rankingChain);
      if (input.unitPrize) contest.unitPrize = checkedPrize(input.unitPrize);
      if (input.populationKind !== undefined)
        contest.populationKind = await this.checkedKind(manager, input.populationKind);
      Object.assign(contest, {
        shuffleOptions: input.shuffleOptions ?? contest.shuffleOptions,
        timeLimitSeconds: input.timeLimitSeconds ?? contest.timeLimitSeconds,
        attemptsPerRound: input.attemptsPerRound ?? contest.attemptsPerRound,
        countingAttempt: input.countingAttempt ?? contest.countingAttempt,
        predictionKind: input.predictionKind ?? contest.predictionKind,
        identityMode: input.identityMode ?? contest.identityMode,
        answerKeyReveal: input.answerKeyReveal ?? contest.answerKeyReveal,
      });
      await manager.save(contest);
      if (rounds) await this.replaceRounds(manager, contest.id, rounds);
      return contest;
    });
    this.forget(contest.id);
    return contest;
  }

  /** Opens a DRAFT: the draw rules must be satisfiable by the published bank. */
  async open(id: string): Promise<Contest> {
    const contest = await this.get(id);
    if (contest.status !== ContestStatus.DRAFT) throw new ContestsError('CONTEST_LOCKED', 'Only a draft can be opened');
    await this.bank.draw(contest.drawRules);
    contest.status = ContestStatus.OPEN;
    await this.dataSource.getRepository(Contest).update(id, { status: ContestStatus.OPEN });
    this.forget(id);
    return contest;
  }

  async close(id: string): Promise<Contest> {
    const contest = await this.get(id);
    if (contest.status !== ContestStatus.OPEN) throw new ContestsError('CONTEST_NOT_OPEN', 'The contest is not open');
    contest.status = ContestStatus.CLOSED;
    await this.dataSource.getRepository(Contest).update(id, { status: ContestStatus.CLOSED });
    this.forget(id);
    return contest;
  }

  /** Freezes a round's public board (before its end): submissions still count, the screen stops showing them. */
  async freezeRound(id: string): Promise<ContestRound> {
    const round = await this.round(id);
    if (round.publishedAt) throw new ContestsError('CONTEST_LOCKED', 'The round is already published');
    if (!round.frozenAt) {
      round.frozenAt = new Date();
      await this.dataSource.getRepository(ContestRound).update(id, { frozenAt: round.frozenAt });
    }
    return round;
  }

  /** Publishes a round's results: the board shows everything again. */
  async publishRound(id: string): Promise<ContestRound> {
    const round = await this.round(id);
    if (!round.publishedAt) {
      round.publishedAt = new Date();
      await this.dataSource.getRepository(ContestRound).update(id, { publishedAt: round.publishedAt });
    }
    return round;
  }

  // ---------- flags ----------

  flags(contestId: string, unresolvedOnly: boolean): Promise<ContestFlag[]> {
    return this.dataSource.getRepository(ContestFlag).find({
      where: { contestId, ...(unresolvedOnly ? { resolution: IsNull() } : {}) },
      order: { createdAt: 'ASC' },
    });
  }

  entrantsByIds(ids: string[]): Promise<Entrant[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.dataSource.getRepository(Entrant).findBy({ id: In(ids) });
  }

  async resolveFlag(reviewer: AuthUser, input: ResolveContestFlagInput): Promise<ContestFlag> {
    return this.dataSource.transaction(async (manager) => {
      const flag = await manager.findOne(ContestFlag, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!flag) throw new ContestsError('FLAG_NOT_FOUND', 'No such flag');
      Object.assign(flag, {
        resolution: input.resolution,
        resolutionNote: input.note?.normalize('NFC').trim() || null,
        reviewedBy: reviewer.id,
        reviewedAt: new Date(),
      });
      await manager.save(flag);
      await manager.update(Entrant, flag.entrantId, {
        disqualifiedAt: input.resolution === FlagResolution.DISQUALIFIED ? new Date() : null,
      });
      return flag;
    });
  }

  // ---------- internals ----------

  private forget(id: string): void {
    this.contestCache.delete(id);
    this.eligibleCache.delete(id);
  }

  private checkedRules(rules: CreateContestInput['drawRules']): ContestDrawRule[] {
    return rules.map((r) => ({
      sectionId: r.sectionId ?? null,
      tag: r.tag ? normalizeText(r.tag) : null,
      difficulty: r.difficulty ?? null,
      count: r.count,
    }));
  }

  private checkedChain(chain: CreateContestInput['rankingChain']): Contest['rankingChain'] {
    const result = chain ?? [...DEFAULT_RANKING_CHAIN];
    const problem = validateRankingChain(result);
    if (problem) throw new ContestsError('CONTEST_INVALID', problem, { field: 'rankingChain' });
    return result;
  }

  /** A population kind the ward knows (null: each unit's main kind). */
  private async checkedKind(manager: EntityManager, kind: string | null): Promise<string | null> {
    if (kind === null) return null;
    const rows: unknown[] = await manager.query('SELECT 1 FROM population_kind WHERE code = $1', [kind]);
    if (rows.length === 0)
      throw new ContestsError('CONTEST_INVALID', `Unknown population kind ${kind}`, { field: 'populationKind' });
    return kind;
  }

  private async checkUnits(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const [{ n }] = await manager.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM unit WHERE id = ANY($1::uuid[])',
      [ids],
    );
    if (n !== new Set(ids).size) throw new ContestsError('CONTEST_INVALID', 'Some eligible units do not exist');
  }

  private async replaceRounds(manager: EntityManager, contestId: string, rounds: ContestRoundInput[]): Promise<void> {
    const sorted = [...rounds].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    sorted.forEach((r, i) => {
      if (r.endsAt <= r.startsAt) throw new ContestsError('CONTEST_INVALID', `Round "${r.name}" ends before it starts`);
      if (i > 0 && r.startsAt < sorted[i - 1].endsAt)
        throw new ContestsError('CONTEST_INVALID', `Rounds "${sorted[i - 1].name}" and "${r.name}" overlap`);
    });
    await manager.delete(ContestRound, { contestId });
    await manager.insert(
      ContestRound,
      sorted.map((r) => ({ contestId, name: normalizeText(r.name), startsAt: r.startsAt, endsAt: r.endsAt })),
    );
  }
}

function checkedPrize(input: UnitPrizeConfig | undefined): UnitPrizeConfig {
  if (!input) return structuredClone(DEFAULT_UNIT_PRIZE);
  return {
    participationPoints: input.participationPoints,
    prizeTiers: input.prizeTiers.map((t) => ({
      label: normalizeText(t.label),
      count: t.count,
      unitPoints: t.unitPoints,
    })),
  };
}

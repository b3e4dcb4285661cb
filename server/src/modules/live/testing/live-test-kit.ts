import { foldForSearch, personalCodeFromBytes, type LiveStateView } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { ContentSeeder, type DemoContentPack } from '../../../database/seeds/content.seeder.js';
import { declarePopulation } from '../../units/units.service.js';
import { Unit } from '../../units/entities/unit.entity.js';
import type { TestApp } from '../../../test-support/test-app.js';

/** Factories and socket helpers for the live-game integration tests. */

export interface Frame {
  seq: number;
  at: number;
  event: string;
  args: unknown[];
}

let seq = 0;

export interface TestSocket {
  socket: Socket;
  frames: Frame[];
  call<T = Record<string, unknown>>(event: string, ...args: unknown[]): Promise<T>;
  next(predicate: (state: LiveStateView) => boolean, timeoutMs?: number): Promise<LiveStateView>;
  close(): void;
}

/** A socket.io client of the `/live` namespace that records every frame it receives. */
export async function liveClient(
  url: string,
  token?: string,
  /** Seen as coming from this address (the test server trusts a loopback proxy's X-Forwarded-For). */
  address?: string,
): Promise<TestSocket> {
  const socket = io(`${url}/live`, {
    transports: ['websocket'],
    auth: token ? { token } : {},
    ...(address ? { extraHeaders: { 'x-forwarded-for': address } } : {}),
    reconnection: false,
    forceNew: true,
  });
  const frames: Frame[] = [];
  const waiters: { predicate: (s: LiveStateView) => boolean; resolve: (s: LiveStateView) => void }[] = [];
  socket.onAny((event: string, ...args: unknown[]) => {
    frames.push({ seq: (seq += 1), at: Date.now(), event, args });
    if (event !== 'game:state') return;
    const state = args[0] as LiveStateView;
    for (const w of [...waiters]) {
      if (w.predicate(state)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(state);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    frames,
    call: <T>(event: string, ...args: unknown[]) => socket.timeout(5000).emitWithAck(event, ...args) as Promise<T>,
    next: (predicate, timeoutMs = 10_000) =>
      new Promise<LiveStateView>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching game:state')), timeoutMs);
        waiters.push({
          predicate,
          resolve: (s) => {
            clearTimeout(timer);
            resolve(s);
          },
        });
      }),
    close: () => socket.disconnect(),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server-announced open time has passed (same machine, same clock). */
export async function untilOpen(state: LiveStateView): Promise<void> {
  const wait = (state.question?.opensAt ?? 0) - Date.now() + 20;
  if (wait > 0) await sleep(wait);
}

/** A published three-question quiz (single choice, multiple select, numeric); returns its id. */
export async function seedQuiz(app: TestApp, timeLimitSeconds = 20): Promise<string> {
  const code = `T-${randomBytes(4).toString('hex')}`;
  const pack: DemoContentPack = {
    resolution: { code, title: `Nghị quyết thử ${code}`, issuedOn: null, summary: '' },
    sections: [{ key: 'II.1', kind: 'CONTENT_GROUP', title: 'Nhóm nội dung thứ nhất', body: '' }],
    questions: [
      {
        key: `${code}-1`,
        sectionKey: 'II.1',
        type: 'SINGLE_CHOICE',
        prompt: 'Phương châm tuyên truyền là gì?',
        options: ['Từ sớm, từ xa', 'Để sau', 'Không cần'],
        correct: [0],
        explanation: 'Giải thích câu một: mục II.1.',
        difficulty: 'EASY',
        tags: [],
        timeLimitSeconds,
      },
      {
        key: `${code}-2`,
        sectionKey: 'II.1',
        type: 'MULTIPLE_SELECT',
        prompt: 'Những nền tảng nào được nêu?',
        options: ['Facebook', 'Zalo', 'Báo in'],
        correct: [0, 1],
        explanation: 'Giải thích câu hai.',
        difficulty: 'MEDIUM',
        tags: [],
        timeLimitSeconds,
        doublePoints: true,
      },
      {
        key: `${code}-3`,
        sectionKey: 'II.1',
        type: 'NUMERIC',
        prompt: 'Hội nghị Trung ương lần thứ mấy?',
        options: [],
        correct: [],
        numeric: { answer: 2, tolerance: 0, unit: 'lần' },
        explanation: 'Giải thích câu ba.',
        difficulty: 'EASY',
        tags: [],
        timeLimitSeconds,
      },
    ],
    quiz: { title: `Đố vui ${code}`, description: '', questionKeys: [`${code}-1`, `${code}-2`, `${code}-3`] },
  };
  await app.server.app.get(ContentSeeder).seedDemoContent(pack);
  const [row] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM quiz WHERE title = $1', [pack.quiz.title]);
  return row.id;
}

/** A class under a school under the ward: the kind of unit players pick. */
export async function seedUnits(app: TestApp): Promise<{ classId: string; tdpId: string }> {
  const repo = app.dataSource.getRepository(Unit);
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const unit = async (code: string, name: string, kind: Unit['kind'], parentId: string | null, population: number) => {
    const saved = await repo.save(
      repo.create({
        code: `${code}-${suffix}`,
        name,
        searchText: name.toLowerCase(),
        kind,
        parentId,
        populationKind: kind === 'CLASS' || kind === 'SCHOOL' ? 'STUDENTS' : 'RESIDENTS',
      }),
    );
    await declarePopulation(app.dataSource.manager, saved.id, saved.populationKind, population);
    return saved;
  };
  const ward = await unit('WARD', 'Phường thử', 'WARD', null, 10000);
  const school = await unit('SCH', 'Trường THCS thử', 'SCHOOL', ward.id, 400);
  const klass = await unit('9A', 'Lớp 9A', 'CLASS', school.id, 40);
  const tdp = await unit('TDP', 'Tổ dân phố 3', 'NEIGHBORHOOD_GROUP', ward.id, 200);
  return { classId: klass.id, tdpId: tdp.id };
}

export interface StartedGame {
  id: string;
  pin: string;
  joinPath: string;
}

export async function startGame(
  app: TestApp,
  token: string,
  quizId: string,
  settings: Record<string, unknown> = {},
): Promise<StartedGame> {
  const result = await app.gql<{ startLiveGame: StartedGame }>(
    'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id pin joinPath status settings { readingSeconds } } }',
    { input: { quizId, settings } },
    token,
  );
  if (!result.data?.startLiveGame) throw new Error(JSON.stringify(result.errors));
  return result.data.startLiveGame;
}

/** Correct option ids of each question of a game, from the stored answer keys. */
export async function answerKeys(app: TestApp, gameId: string): Promise<{ correct: string[]; explanation: string }[]> {
  const rows: { answer_key: { correctOptionIds?: string[] }; explanation: string }[] = await app.dataSource.query(
    `SELECT v.answer_key, v.explanation FROM live_game_question q JOIN question_version v ON v.id = q.question_version_id
      WHERE q.game_id = $1 ORDER BY q.index`,
    [gameId],
  );
  return rows.map((r) => ({ correct: r.answer_key.correctOptionIds ?? [], explanation: r.explanation }));
}

export interface SeededPerson {
  id: string;
  fullName: string;
  birthYear: number;
  /** Unformatted (8 characters). */
  personalCode: string;
}

/** A person on a unit's roster, with a personal code (as the roster import makes them). */
export async function seedPerson(
  app: TestApp,
  unitId: string,
  fullName: string,
  options: { kind?: string; birthYear?: number; subUnit?: string } = {},
): Promise<SeededPerson> {
  const birthYear = options.birthYear ?? 2012;
  const personalCode = personalCodeFromBytes(randomBytes(7));
  const [row]: { id: string }[] = await app.dataSource.query(
    `INSERT INTO person (unit_id, kind, full_name, search_text, birth_year, sub_unit, identity_key, personal_code)
     VALUES ($1, coalesce($2, (SELECT population_kind FROM unit WHERE id = $1)), $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      unitId,
      options.kind ?? null,
      fullName,
      foldForSearch(fullName),
      birthYear,
      options.subUnit ?? '',
      `${foldForSearch(fullName)}|${birthYear}|${randomBytes(3).toString('hex')}`,
      personalCode,
    ],
  );
  return { id: row.id, fullName, birthYear, personalCode };
}

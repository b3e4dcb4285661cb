import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  questionPoints,
  type AnswerKey,
  type QuestionImageRef,
  type QuestionOption,
  type QuestionType,
} from '@thidua/shared';
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ContestsError } from './contests.errors.js';
import type { ContestDrawRule } from './entities/contest.entity.js';

/** A published question version as the contest grades and shows it. Published versions never change. */
export interface BankVersion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: QuestionOption[];
  answerKey: AnswerKey;
  explanation: string;
  sectionTitle: string | null;
  points: number;
  image: QuestionImageRef | null;
  /** Options in the author's order, never shuffled ("Cả 3 đáp án trên"). */
  keepOrder: boolean;
}

/** How long a draw pool (the ids matching one rule) is reused before being read again. */
const POOL_TTL_MS = 30_000;

/**
 * The contest's read-only view of the content bank: draws published versions by
 * rules (section × tag × difficulty → count, the shape of content's quiz draw rules)
 * and keeps versions in memory — a published version is immutable, so the cache never
 * goes stale; only the pools (which questions are published) are re-read.
 *
 * It reads content's tables directly (question, question_version, resolution_section):
 * content does not offer "draw by rules, keep the option order, grade later" through
 * its services yet.
 */
@Injectable()
export class ContestQuestionBank {
  private readonly versions = new Map<string, BankVersion>();
  private readonly pools = new Map<string, { ids: string[]; at: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Published version ids matching a rule (archived questions excluded). */
  async pool(rule: ContestDrawRule): Promise<string[]> {
    const key = `${rule.sectionId ?? ''}|${rule.tag ?? ''}|${rule.difficulty ?? ''}`;
    const cached = this.pools.get(key);
    if (cached && Date.now() - cached.at < POOL_TTL_MS) return cached.ids;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT v.id FROM question q JOIN question_version v ON v.id = q.published_version_id
        WHERE q.status <> 'ARCHIVED'
          AND ($1::uuid IS NULL OR v.section_id = $1)
          AND ($2::text IS NULL OR $2 = ANY(v.tags))
          AND ($3::text IS NULL OR v.difficulty = $3)
        ORDER BY v.id`,
      [rule.sectionId, rule.tag, rule.difficulty],
    );
    const ids = rows.map((r) => r.id);
    this.pools.set(key, { ids, at: Date.now() });
    return ids;
  }

  /** One random draw: each rule's count, without repeating a version across rules, in a shuffled order. */
  async draw(rules: readonly ContestDrawRule[]): Promise<string[]> {
    const picked = new Set<string>();
    for (const rule of rules) {
      const available = (await this.pool(rule)).filter((id) => !picked.has(id));
      if (available.length < rule.count) {
        throw new ContestsError(
          'NOT_ENOUGH_QUESTIONS',
          'The question bank has too few published questions for the draw rules',
          {
            rule,
            available: available.length,
          },
        );
      }
      for (const id of shuffle(available).slice(0, rule.count)) picked.add(id);
    }
    return shuffle([...picked]);
  }

  /** Versions by id (loaded once, then from memory). */
  async get(ids: readonly string[]): Promise<Map<string, BankVersion>> {
    const missing = [...new Set(ids)].filter((id) => !this.versions.has(id));
    const unpublished = new Map<string, BankVersion>();
    if (missing.length > 0) {
      const rows: {
        id: string;
        type: QuestionType;
        prompt: string;
        options: QuestionOption[];
        answer_key: AnswerKey;
        explanation: string;
        double_points: boolean;
        keep_order: boolean;
        section_title: string | null;
        image: QuestionImageRef | null;
        published_at: Date | null;
      }[] = await this.dataSource.query(
        `SELECT v.id, v.type, v.prompt, v.options, v.answer_key, v.explanation, v.double_points, v.keep_order, v.image, v.published_at,
                s.title AS section_title
           FROM question_version v LEFT JOIN resolution_section s ON s.id = v.section_id
          WHERE v.id = ANY($1::uuid[])`,
        [missing],
      );
      for (const r of rows) {
        const version: BankVersion = {
          id: r.id,
          type: r.type,
          prompt: r.prompt,
          options: r.options,
          answerKey: r.answer_key,
          explanation: r.explanation,
          sectionTitle: r.section_title,
          points: questionPoints(r.double_points),
          image: r.image,
          keepOrder: r.keep_order,
        };
        // Only frozen (published) versions are cached; anything else is read again next time.
        (r.published_at ? this.versions : unpublished).set(r.id, version);
      }
    }
    const result = new Map<string, BankVersion>();
    for (const id of ids) {
      const version = this.versions.get(id) ?? unpublished.get(id);
      if (version) result.set(id, version);
    }
    return result;
  }
}

export function shuffle<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** A shuffle that differs from the given order whenever that is possible (ORDERING must never show the answer). */
export function shuffleAway<T>(items: readonly T[]): T[] {
  if (items.length < 2) return [...items];
  for (;;) {
    const result = shuffle(items);
    if (result.some((item, i) => item !== items[i])) return result;
  }
}

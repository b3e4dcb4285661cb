import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText, QuestionStatus, QuizMode } from '@thidua/shared';
import { DataSource } from 'typeorm';
import { QuizItem } from '../../modules/content/entities/quiz-item.entity.js';
import { Quiz } from '../../modules/content/entities/quiz.entity.js';
import { ResolutionSection } from '../../modules/content/entities/resolution-section.entity.js';
import { Resolution } from '../../modules/content/entities/resolution.entity.js';
import { QuestionImagesService } from '../../modules/content/images/question-images.service.js';
import { buildVersion, normalizeLongText } from '../../modules/content/question-content.js';
import { insertQuestions } from '../../modules/content/questions.repository.js';
import type { DemoContentPack } from './demo-content.js';
import { demoBannerPhoto } from './demo-photo.js';

export type { DemoContentPack } from './demo-content.js';

/**
 * Loads a demo content pack: the resolution, its sections, its questions PUBLISHED as
 * version 1 (a question with `image` shows the generated demo banner, stored through
 * QuestionImagesService like an upload), and one FIXED quiz with shuffled options. Idempotent: nothing happens when
 * a resolution with the pack's code exists. An invalid pack (a question breaking the
 * shared rules, an unknown section or quiz key) throws and loads nothing.
 *
 * It writes the content tables itself rather than through QuestionsService: no service
 * creates PUBLISHED, isDemo questions in bulk, and it checks each question with the
 * same rules (buildVersion) and writes them with the same multi-row insert
 * (insertQuestions) that the file import uses.
 */
@Injectable()
export class ContentSeeder {
  private readonly logger = new Logger(ContentSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly images: QuestionImagesService,
  ) {}

  async seedDemoContent(pack: DemoContentPack): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['content.demo']);
      const code = pack.resolution.code.trim().toUpperCase();
      if (await manager.existsBy(Resolution, { code })) return false;

      const resolution = await manager.save(
        manager.create(Resolution, {
          code,
          title: normalizeText(pack.resolution.title),
          issuedOn: pack.resolution.issuedOn,
          summary: normalizeLongText(pack.resolution.summary),
          isDemo: true,
        }),
      );
      const sections = await manager.save(
        pack.sections.map((s, position) =>
          manager.create(ResolutionSection, {
            resolutionId: resolution.id,
            key: s.key,
            kind: s.kind,
            title: normalizeText(s.title),
            body: normalizeLongText(s.body),
            position,
          }),
        ),
      );
      const sectionId = new Map(sections.map((s) => [s.key, s.id]));

      // One picture for every question that has one: the same bytes are stored once.
      const banner = pack.questions.some((q) => q.image)
        ? await this.images.store(manager, null, demoBannerPhoto(960, 540))
        : null;
      const problems: string[] = [];
      const rows = pack.questions.map((q) => {
        const { fields, problems: found } = buildVersion({
          type: q.type,
          prompt: q.prompt,
          options: [...q.options],
          correct: q.type === 'ORDERING' ? q.options.map((_, i) => i) : [...q.correct],
          numeric: q.numeric ?? null,
          explanation: q.explanation,
          sectionId: sectionId.get(q.sectionKey) ?? null,
          difficulty: q.difficulty,
          tags: [...q.tags],
          timeLimitSeconds: q.timeLimitSeconds,
          doublePoints: q.doublePoints ?? false,
          image: q.image && banner ? { ...banner, alt: q.image.alt } : null,
        });
        if (!sectionId.has(q.sectionKey)) problems.push(`${q.key}: unknown section ${q.sectionKey}`);
        problems.push(...found.map((p) => `${q.key}: ${p.message}`));
        return { key: q.key.trim().toUpperCase(), status: QuestionStatus.PUBLISHED, fields, createdBy: null };
      });
      const ids = new Map<string, string>();
      const missing = pack.quiz.questionKeys.filter((k) => !pack.questions.some((q) => q.key === k));
      problems.push(...missing.map((k) => `quiz: unknown question ${k}`));
      if (problems.length > 0) throw new Error(`The demo content pack is invalid:\n${problems.join('\n')}`);

      (await insertQuestions(manager, rows)).forEach((id, i) => ids.set(pack.questions[i].key, id));
      const quiz = await manager.save(
        manager.create(Quiz, {
          title: normalizeText(pack.quiz.title),
          description: normalizeLongText(pack.quiz.description),
          mode: QuizMode.FIXED,
          shuffleOptions: true,
          isDemo: true,
          createdBy: null,
        }),
      );
      await manager.insert(
        QuizItem,
        pack.quiz.questionKeys.map((key, position) => ({ quizId: quiz.id, questionId: ids.get(key)!, position })),
      );
      this.logger.log(`Loaded the demo content: ${sections.length} sections, ${rows.length} questions, 1 quiz`);
      return true;
    });
  }
}

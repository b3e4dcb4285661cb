import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdArg } from '../../common/graphql/id-arg.js';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { AUTHOR_ROLES, REVIEW_ROLES } from './content-roles.js';
import { withholdContestKeys } from './contest-key-lock.js';
import {
  BulkQuestionsInput,
  CreateQuestionInput,
  ImportQuestionsInput,
  QuestionsFilterInput,
  ReturnQuestionInput,
  UpdateQuestionInput,
} from './dto/question.input.js';
import {
  BulkQuestionReviewResultModel,
  ExportedFileModel,
  QuestionImportResultModel,
} from './models/content-file.model.js';
import { QuestionModel, QuestionPageModel } from './models/question.model.js';
import { QuestionTransferService } from './question-transfer.service.js';
import { QuestionsService } from './questions.service.js';

/**
 * The question bank. Every operation here returns answers, so every one is limited to
 * ADMIN, REVIEWER and HOST; players only ever get PlayerQuestion (QuizzesResolver).
 * A HOST gets the key of a question a contest not yet closed can draw withheld
 * (`keyWithheld`, contest-key-lock.ts), here and in exports.
 */
@Resolver(() => QuestionModel)
export class QuestionsResolver {
  constructor(
    private readonly bank: QuestionsService,
    private readonly transfer: QuestionTransferService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async keysFor(viewer: AuthUser, question: Promise<QuestionModel>): Promise<QuestionModel> {
    const [q] = await withholdContestKeys(this.dataSource.manager, viewer, [await question]);
    return q;
  }

  @Query(() => QuestionPageModel, { description: 'Newest first; search ignores diacritics' })
  @Roles(...AUTHOR_ROLES)
  async questions(
    @CurrentUser() user: AuthUser,
    @Args('filter', { nullable: true }) filter?: QuestionsFilterInput,
  ): Promise<QuestionPageModel> {
    const page = await this.bank.listQuestions(filter ?? {});
    await withholdContestKeys(this.dataSource.manager, user, page.items);
    return page;
  }

  @Query(() => QuestionModel, { description: 'With its version history' })
  @Roles(...AUTHOR_ROLES)
  question(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<QuestionModel> {
    return this.keysFor(user, this.bank.getQuestion(id));
  }

  @Mutation(() => QuestionModel, { description: 'A new DRAFT question' })
  @Roles(...AUTHOR_ROLES)
  createQuestion(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuestionInput): Promise<QuestionModel> {
    return this.keysFor(user, this.bank.createQuestion(user, input));
  }

  @Mutation(() => QuestionModel, { description: 'Replaces the content; a PUBLISHED question gets a new DRAFT version' })
  @Roles(...AUTHOR_ROLES)
  updateQuestion(@CurrentUser() user: AuthUser, @Args('input') input: UpdateQuestionInput): Promise<QuestionModel> {
    return this.keysFor(user, this.bank.updateQuestion(user, input));
  }

  @Mutation(() => QuestionModel, { description: 'DRAFT → IN_REVIEW, by its author or an admin' })
  @Roles(...AUTHOR_ROLES)
  submitQuestionForReview(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<QuestionModel> {
    return this.keysFor(user, this.bank.submitQuestion(user, id));
  }

  @Mutation(() => QuestionModel, { description: 'IN_REVIEW → PUBLISHED: games use this version from now on' })
  @Roles(...REVIEW_ROLES)
  publishQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<QuestionModel> {
    return this.bank.publishQuestion(user, id);
  }

  @Mutation(() => BulkQuestionReviewResultModel, {
    description:
      'DRAFT → IN_REVIEW for many questions at once (e.g. all of an import), each by the rules of submitQuestionForReview; refused ones are listed and unchanged',
  })
  @Roles(...AUTHOR_ROLES)
  submitQuestionsForReview(
    @CurrentUser() user: AuthUser,
    @Args('input') input: BulkQuestionsInput,
  ): Promise<BulkQuestionReviewResultModel> {
    return this.bank.reviewQuestions(user, input.ids, 'SUBMIT');
  }

  @Mutation(() => BulkQuestionReviewResultModel, {
    description:
      'IN_REVIEW → PUBLISHED for many questions at once, each by the rules of publishQuestion; a question that is not in review or breaks a rule is listed and not published, the others are',
  })
  @Roles(...REVIEW_ROLES)
  publishQuestions(
    @CurrentUser() user: AuthUser,
    @Args('input') input: BulkQuestionsInput,
  ): Promise<BulkQuestionReviewResultModel> {
    return this.bank.reviewQuestions(user, input.ids, 'PUBLISH');
  }

  @Mutation(() => QuestionModel, { description: 'IN_REVIEW → DRAFT, with a reason for the author' })
  @Roles(...REVIEW_ROLES)
  returnQuestion(@CurrentUser() user: AuthUser, @Args('input') input: ReturnQuestionInput): Promise<QuestionModel> {
    return this.bank.returnQuestion(user, input.id, input.reason);
  }

  @Mutation(() => QuestionModel, { description: 'Removes it from quizzes and draws; past games keep their versions' })
  @Roles(...REVIEW_ROLES)
  archiveQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<QuestionModel> {
    return this.bank.archiveQuestion(user, id);
  }

  @Mutation(() => QuestionImportResultModel, {
    description:
      'Imports a CSV/XLSX of questions (IN_REVIEW), or a ZIP of one with the images its "Hình ảnh" column names; with any bad row nothing is saved and every bad row is listed',
  })
  @Roles(...AUTHOR_ROLES)
  importQuestions(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ImportQuestionsInput,
  ): Promise<QuestionImportResultModel> {
    const content = Buffer.from(input.contentBase64, 'base64');
    return this.transfer.importQuestions(user, input.fileName, content, input.resolutionId, input.dryRun ?? false);
  }

  @Mutation(() => ExportedFileModel, {
    description:
      'The current version of every matching question as XLSX (withImages: a ZIP of the XLSX and the images its "Hình ảnh" cells name); it re-imports cleanly. For a HOST the key cells of questions a contest not yet closed can draw are left empty',
  })
  @Roles(...AUTHOR_ROLES)
  async exportQuestions(
    @CurrentUser() user: AuthUser,
    @Args('filter', { nullable: true }) filter?: QuestionsFilterInput,
    @Args('withImages', { nullable: true, description: 'A ZIP with the images instead of the bare XLSX' })
    withImages?: boolean,
  ): Promise<ExportedFileModel> {
    const { fileName, content } = await this.transfer.exportQuestions(
      {
        ...filter,
        limit: undefined,
        offset: undefined,
      },
      withImages ? 'zip' : 'xlsx',
      user,
    );
    return { fileName, contentBase64: content.toString('base64') };
  }
}

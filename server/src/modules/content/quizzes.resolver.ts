import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdArg } from '../../common/graphql/id-arg.js';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public, Roles } from '../../common/auth/decorators.js';
import { AUTHOR_ROLES } from './content-roles.js';
import { withholdContestKeys } from './contest-key-lock.js';
import { CreateQuizInput, UpdateQuizInput } from './dto/quiz.input.js';
import { PlayerQuizModel } from './models/player-quiz.model.js';
import { QuizModel } from './models/quiz.model.js';
import { QuizzesService } from './quizzes.service.js';

@Resolver(() => QuizModel)
export class QuizzesResolver {
  constructor(
    private readonly quizService: QuizzesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A HOST gets the keys of questions a contest not yet closed can draw withheld (contest-key-lock.ts). */
  private async keysFor<T extends QuizModel | QuizModel[]>(viewer: AuthUser, quizzes: Promise<T>): Promise<T> {
    const result = await quizzes;
    const list: QuizModel[] = Array.isArray(result) ? result : [result];
    await withholdContestKeys(
      this.dataSource.manager,
      viewer,
      list.flatMap((q) => q.items.map((i) => i.question)),
    );
    return result;
  }

  @Query(() => [QuizModel])
  @Roles(...AUTHOR_ROLES)
  quizzes(@CurrentUser() user: AuthUser): Promise<QuizModel[]> {
    return this.keysFor(user, this.quizService.list());
  }

  @Query(() => QuizModel, { description: 'With its questions (and their answers) or draw rules' })
  @Roles(...AUTHOR_ROLES)
  quiz(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<QuizModel> {
    return this.keysFor(user, this.quizService.get(id));
  }

  /**
   * The player-facing view. PlayerQuiz/PlayerQuestion have no field that carries or
   * encodes an answer, an explanation or a section, so it is safe to open: players
   * join without accounts, and the editor previews "as the phone shows it" with it.
   */
  @Query(() => PlayerQuizModel, {
    description: 'The quiz as players see it before any reveal: no answers, no explanations',
  })
  @Public('players see questions without answers; PlayerQuestion has no answer field')
  playerQuiz(@IdArg() id: string): Promise<PlayerQuizModel> {
    return this.quizService.playerQuiz(id);
  }

  @Mutation(() => QuizModel)
  @Roles(...AUTHOR_ROLES)
  createQuiz(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuizInput): Promise<QuizModel> {
    return this.keysFor(user, this.quizService.create(user, input));
  }

  @Mutation(() => QuizModel, { description: 'Hosts change only their own quizzes' })
  @Roles(...AUTHOR_ROLES)
  updateQuiz(@CurrentUser() user: AuthUser, @Args('input') input: UpdateQuizInput): Promise<QuizModel> {
    return this.keysFor(user, this.quizService.update(user, input));
  }

  @Mutation(() => Boolean)
  @Roles(...AUTHOR_ROLES)
  async deleteQuiz(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    await this.quizService.delete(user, id);
    return true;
  }
}

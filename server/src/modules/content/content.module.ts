import { Module } from '@nestjs/common';
import { ContentController } from './content.controller.js';
import { ContentService } from './content.service.js';
import { QuestionsResolver } from './questions.resolver.js';
import { QuizzesResolver } from './quizzes.resolver.js';
import { QuizzesService } from './quizzes.service.js';
import { ResolutionsResolver } from './resolutions.resolver.js';

/** Resolutions, the reviewed question bank, quizzes, question import/export. */
@Module({
  controllers: [ContentController],
  providers: [ContentService, QuizzesService, ResolutionsResolver, QuestionsResolver, QuizzesResolver],
  exports: [ContentService, QuizzesService],
})
export class ContentModule {}

import { Module } from '@nestjs/common';
import { ContentController } from './content.controller.js';
import { QuestionImageStore } from './images/question-image.store.js';
import { QuestionImagesController } from './images/question-images.controller.js';
import { QuestionImagesResolver } from './images/question-images.resolver.js';
import { QuestionImagesService } from './images/question-images.service.js';
import { QuestionTransferService } from './question-transfer.service.js';
import { QuestionsResolver } from './questions.resolver.js';
import { QuestionsService } from './questions.service.js';
import { QuizzesResolver } from './quizzes.resolver.js';
import { QuizzesService } from './quizzes.service.js';
import { ResolutionsResolver } from './resolutions.resolver.js';
import { ResolutionsService } from './resolutions.service.js';

/** Resolutions, the reviewed question bank, quizzes, question import/export. */
@Module({
  controllers: [ContentController, QuestionImagesController],
  providers: [
    ResolutionsService,
    QuestionImageStore,
    QuestionImagesService,
    QuestionImagesResolver,
    QuestionsService,
    QuestionTransferService,
    QuizzesService,
    ResolutionsResolver,
    QuestionsResolver,
    QuizzesResolver,
  ],
  exports: [ResolutionsService, QuestionsService, QuizzesService, QuestionImagesService],
})
export class ContentModule {}

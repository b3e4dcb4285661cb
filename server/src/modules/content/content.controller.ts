import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { Roles } from '../../common/auth/decorators.js';
import { AUTHOR_ROLES } from './content-roles.js';
import { QUESTION_TEMPLATE_ROWS } from './question-template.js';
import { writeQuestionsCsv, writeQuestionsXlsx } from './question-file.js';

/** The downloadable question import template (docs/question-import.md), one example per type. */
@Controller('api/content')
export class ContentController {
  @Get('question-template.xlsx')
  @Roles(...AUTHOR_ROLES)
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Content-Disposition', 'attachment; filename="mau-nhap-cau-hoi.xlsx"')
  async templateXlsx(): Promise<StreamableFile> {
    return new StreamableFile(await writeQuestionsXlsx(QUESTION_TEMPLATE_ROWS));
  }

  @Get('question-template.csv')
  @Roles(...AUTHOR_ROLES)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="mau-nhap-cau-hoi.csv"')
  templateCsv(): StreamableFile {
    return new StreamableFile(writeQuestionsCsv(QUESTION_TEMPLATE_ROWS));
  }
}

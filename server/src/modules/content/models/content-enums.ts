import { registerEnumType } from '@nestjs/graphql';
import { Difficulty, QuestionStatus, QuestionType, QuizMode, SectionKind } from '@thidua/shared';

registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(Difficulty, { name: 'Difficulty' });
registerEnumType(QuestionStatus, { name: 'QuestionStatus', description: 'DRAFT → IN_REVIEW → PUBLISHED; ARCHIVED' });
registerEnumType(SectionKind, { name: 'SectionKind', description: 'What a section of a resolution is' });
registerEnumType(QuizMode, { name: 'QuizMode', description: 'FIXED list of questions, or DRAW rules' });

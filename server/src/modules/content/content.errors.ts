import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type ContentErrorReason =
  | 'RESOLUTION_NOT_FOUND'
  | 'RESOLUTION_CODE_TAKEN'
  | 'SECTION_NOT_FOUND'
  | 'SECTION_KEY_TAKEN'
  | 'QUESTION_NOT_FOUND'
  | 'QUESTION_INVALID'
  | 'QUESTION_KEY_TAKEN'
  | 'QUESTION_WRONG_STATUS'
  | 'QUESTION_NOT_YOURS'
  | 'QUIZ_NOT_FOUND'
  | 'QUIZ_INVALID'
  | 'QUIZ_NOT_YOURS';

const CODES: Record<ContentErrorReason, ErrorCode> = {
  RESOLUTION_NOT_FOUND: ErrorCode.NOT_FOUND,
  RESOLUTION_CODE_TAKEN: ErrorCode.CONFLICT,
  SECTION_NOT_FOUND: ErrorCode.NOT_FOUND,
  SECTION_KEY_TAKEN: ErrorCode.CONFLICT,
  QUESTION_NOT_FOUND: ErrorCode.NOT_FOUND,
  QUESTION_INVALID: ErrorCode.BAD_USER_INPUT,
  QUESTION_KEY_TAKEN: ErrorCode.CONFLICT,
  QUESTION_WRONG_STATUS: ErrorCode.CONFLICT,
  QUESTION_NOT_YOURS: ErrorCode.FORBIDDEN,
  QUIZ_NOT_FOUND: ErrorCode.NOT_FOUND,
  QUIZ_INVALID: ErrorCode.BAD_USER_INPUT,
  QUIZ_NOT_YOURS: ErrorCode.FORBIDDEN,
};

export class ContentError extends AppError<ContentErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}

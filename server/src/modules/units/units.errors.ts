import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type UnitsErrorReason =
  | 'UNIT_NOT_FOUND'
  | 'UNIT_CODE_TAKEN'
  | 'UNIT_HAS_CHILDREN'
  | 'UNIT_IN_USE'
  | 'INVALID_PARENT'
  | 'UNIT_OUT_OF_SCOPE'
  | 'UNKNOWN_POPULATION_KIND';

const CODES: Record<UnitsErrorReason, ErrorCode> = {
  UNIT_NOT_FOUND: ErrorCode.NOT_FOUND,
  UNIT_CODE_TAKEN: ErrorCode.CONFLICT,
  UNIT_HAS_CHILDREN: ErrorCode.CONFLICT,
  UNIT_IN_USE: ErrorCode.CONFLICT,
  INVALID_PARENT: ErrorCode.BAD_USER_INPUT,
  UNIT_OUT_OF_SCOPE: ErrorCode.FORBIDDEN,
  UNKNOWN_POPULATION_KIND: ErrorCode.BAD_USER_INPUT,
};

export class UnitsError extends AppError<UnitsErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}

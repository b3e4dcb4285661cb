import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type NotificationsErrorReason = 'NOTHING_TO_MARK';

const CODES: Record<NotificationsErrorReason, ErrorCode> = {
  NOTHING_TO_MARK: ErrorCode.BAD_USER_INPUT,
};

export class NotificationsError extends AppError<NotificationsErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}

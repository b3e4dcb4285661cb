import { AppError, ErrorCode } from '../../common/errors/app-error.js';

/**
 * Refusals of the activity log, the reports to the ward and the periodic report. Each
 * changes nothing; a refusal of bad input names the field in `details.field`.
 */
export type ActivitiesErrorReason =
  | 'PLAN_NOT_FOUND'
  | 'PLAN_INVALID'
  | 'PLAN_CLOSED'
  | 'ACTIVITY_NOT_FOUND'
  /** A field of an activity is wrong: details.field names it (date outside the plan, a link that is not a URL…). */
  | 'ACTIVITY_INVALID'
  /** More attendees than the unit's roster of the audience kind, or a person not on the unit's roster. */
  | 'ATTENDANCE_INVALID'
  | 'ACTIVITY_WRONG_STATUS'
  /** A submitted activity of a form that needs a photo or a link lacks it. */
  | 'ACTIVITY_EVIDENCE_REQUIRED'
  | 'ACTIVITY_EVIDENCE_NOT_FOUND'
  /** A file whose content is not an allowed type (or does not match its name). */
  | 'ACTIVITY_FILE_UNSUPPORTED'
  | 'REPORT_NOT_FOUND'
  | 'REPORT_INVALID'
  | 'REPORT_WRONG_STATUS'
  | 'REASON_REQUIRED'
  | 'PERIODIC_REPORT_NOT_FOUND'
  | 'PERIODIC_REPORT_INVALID'
  /** The unit is not the viewer's own (or in a reviewer's scope). */
  | 'OUT_OF_SCOPE';

const CODES: Record<ActivitiesErrorReason, ErrorCode> = {
  PLAN_NOT_FOUND: ErrorCode.NOT_FOUND,
  PLAN_INVALID: ErrorCode.BAD_USER_INPUT,
  PLAN_CLOSED: ErrorCode.CONFLICT,
  ACTIVITY_NOT_FOUND: ErrorCode.NOT_FOUND,
  ACTIVITY_INVALID: ErrorCode.BAD_USER_INPUT,
  ATTENDANCE_INVALID: ErrorCode.BAD_USER_INPUT,
  ACTIVITY_WRONG_STATUS: ErrorCode.CONFLICT,
  ACTIVITY_EVIDENCE_REQUIRED: ErrorCode.BAD_USER_INPUT,
  ACTIVITY_EVIDENCE_NOT_FOUND: ErrorCode.NOT_FOUND,
  ACTIVITY_FILE_UNSUPPORTED: ErrorCode.BAD_USER_INPUT,
  REPORT_NOT_FOUND: ErrorCode.NOT_FOUND,
  REPORT_INVALID: ErrorCode.BAD_USER_INPUT,
  REPORT_WRONG_STATUS: ErrorCode.CONFLICT,
  REASON_REQUIRED: ErrorCode.BAD_USER_INPUT,
  PERIODIC_REPORT_NOT_FOUND: ErrorCode.NOT_FOUND,
  PERIODIC_REPORT_INVALID: ErrorCode.BAD_USER_INPUT,
  OUT_OF_SCOPE: ErrorCode.FORBIDDEN,
};

export class ActivitiesError extends AppError<ActivitiesErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}

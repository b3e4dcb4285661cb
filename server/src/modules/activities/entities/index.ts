import { ActivityAttendee } from './activity-attendee.entity.js';
import { ActivityEvent } from './activity-event.entity.js';
import { ActivityEvidence } from './activity-evidence.entity.js';
import { ActivityPlan } from './activity-plan.entity.js';
import { Activity } from './activity.entity.js';
import { PeriodicReport } from './periodic-report.entity.js';
import { WardReport } from './ward-report.entity.js';

export { Activity, ActivityAttendee, ActivityEvent, ActivityEvidence, ActivityPlan, PeriodicReport, WardReport };

export const ACTIVITY_ENTITIES = [
  ActivityPlan,
  Activity,
  ActivityAttendee,
  ActivityEvidence,
  WardReport,
  PeriodicReport,
  ActivityEvent,
];

import { Person } from '../../people/entities/person.entity.js';
import { Activity } from './activity.entity.js';
import { Entity, Index, PrimaryColumn, JoinColumn, ManyToOne, type Relation } from 'typeorm';

/** A person from the unit's roster who was present at an activity (a meeting, a cultural event). */
@Entity()
@Index('IDX_activity_attendee_person', ['personId'])
export class ActivityAttendee {
  @PrimaryColumn({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;
}

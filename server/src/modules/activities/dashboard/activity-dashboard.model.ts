import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActivityForm } from '@thidua/shared';
import '../log/activity-log.model.js';

@ObjectType('ActivityDashboardFigures', { description: 'Counted activities, their quantity and attendees summed' })
export class ActivityDashboardFiguresModel {
  @Field(() => Int) activityCount: number;
  @Field(() => Int, { description: 'Banners, posts, registrations (null counted as 0)' }) quantity: number;
  @Field(() => Int, { description: 'Everyone present, roster or not' }) attendeeCount: number;
}

@ObjectType('ActivityDashboardFormRow', { description: 'The ward’s totals of one form' })
export class ActivityDashboardFormRowModel extends ActivityDashboardFiguresModel {
  @Field(() => ActivityForm) form: ActivityForm;
}

@ObjectType('ActivityDashboardUnitRow', { description: 'A reporting unit’s totals, its sub-units included' })
export class ActivityDashboardUnitRowModel extends ActivityDashboardFiguresModel {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field() kind: string;
  @Field(() => ID, { nullable: true, description: 'Its block (a GROUP parent); null under the ward directly' })
  blockId: string | null;
  @Field(() => String, { nullable: true }) blockName: string | null;
}

@ObjectType('ActivityDashboardBlockRow', { description: 'A block: its reporting units’ rows summed' })
export class ActivityDashboardBlockRowModel extends ActivityDashboardFiguresModel {
  @Field(() => ID) blockId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) unitCount: number;
}

@ObjectType('ActivityDashboardMonthRow', { description: 'One form in one month of the period' })
export class ActivityDashboardMonthRowModel extends ActivityDashboardFiguresModel {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => ActivityForm) form: ActivityForm;
}

@ObjectType('ActivityDashboardAttendanceRow', {
  description: 'Distinct roster persons present ÷ the roster, where a unit has a roster of the kind',
})
export class ActivityDashboardAttendanceRowModel {
  @Field(() => ID, { nullable: true, description: 'null: the ward (the units of that kind summed)' })
  unitId: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field() populationKind: string;
  @Field({ description: 'The kind’s Vietnamese label' }) populationLabelVi: string;
  @Field({ description: 'The kind’s English label' }) populationLabelEn: string;
  @Field(() => Int) attendees: number;
  @Field(() => Int) population: number;
  @Field(() => Float, { description: '0..1' }) rate: number;
}

@ObjectType('ActivityDashboardSilentUnit', { description: 'A reporting unit with no counted activity in the month' })
export class ActivityDashboardSilentUnitModel {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field() kind: string;
  @Field(() => String, { nullable: true }) blockName: string | null;
}

@ObjectType('ActivityDashboard', { description: 'The ward’s dashboard of the activity log for a plan and a period' })
export class ActivityDashboardModel {
  @Field(() => ID) planId: string;
  @Field() planTitle: string;
  @Field({ description: 'YYYY-MM-DD (the plan’s start by default)' }) from: string;
  @Field({ description: 'YYYY-MM-DD (the plan’s end by default)' }) to: string;
  @Field({ description: 'YYYY-MM: the month silent units are looked for in' }) month: string;
  @Field(() => ActivityDashboardFiguresModel) total: ActivityDashboardFiguresModel;
  @Field(() => [ActivityDashboardFormRowModel]) byForm: ActivityDashboardFormRowModel[];
  @Field(() => [ActivityDashboardUnitRowModel]) byUnit: ActivityDashboardUnitRowModel[];
  @Field(() => [ActivityDashboardBlockRowModel]) byBlock: ActivityDashboardBlockRowModel[];
  @Field(() => [ActivityDashboardMonthRowModel]) byMonth: ActivityDashboardMonthRowModel[];
  @Field(() => [ActivityDashboardAttendanceRowModel]) attendance: ActivityDashboardAttendanceRowModel[];
  @Field(() => [ActivityDashboardSilentUnitModel]) silentUnits: ActivityDashboardSilentUnitModel[];
}

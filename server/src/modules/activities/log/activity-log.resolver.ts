import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import {
  ActivitiesFilter,
  ActivityPlanInput,
  AddActivityFileInput,
  AddActivityLinkInput,
  CreateActivityInput,
  RequestActivityCorrectionInput,
  SaveActivityInput,
  SetActivityAttendeesInput,
} from './activity-log.input.js';
import {
  ActivityAttendanceModel,
  ActivityAttendeeModel,
  ActivityEvidenceModel,
  ActivityHistoryEventModel,
  ActivityModel,
  ActivityPlanModel,
  ActivityRosterCandidateModel,
} from './activity-log.model.js';
import { ActivityDetailsService, type ActivityDetailLoaders } from './activity-details.js';
import { ActivityLogService } from './activity-log.service.js';

const ALL = [Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER] as const;
const UNIT = [Role.ADMIN, Role.UNIT_OFFICER] as const;

@Resolver(() => ActivityPlanModel)
export class ActivityPlansResolver {
  constructor(private readonly log: ActivityLogService) {}

  @Query(() => [ActivityPlanModel], { description: 'The propagation plans, open ones first' })
  @Roles(...ALL)
  async activityPlans(): Promise<ActivityPlanModel[]> {
    return this.log.plans();
  }

  @Mutation(() => ActivityPlanModel, { description: 'Creates (no id) or edits a plan' })
  @Roles(Role.ADMIN)
  async saveActivityPlan(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ActivityPlanInput,
  ): Promise<ActivityPlanModel> {
    return this.log.savePlan(viewer, input);
  }
}

@Resolver(() => ActivityModel)
export class ActivityLogResolver {
  private readonly loaders = new WeakMap<object, ActivityDetailLoaders>();

  constructor(
    private readonly log: ActivityLogService,
    private readonly details: ActivityDetailsService,
  ) {}

  @Query(() => [ActivityModel], {
    description: 'The log, newest first: an officer its unit’s (and sub-units’), the office all',
  })
  @Roles(...ALL)
  async activities(
    @CurrentUser() viewer: AuthUser,
    @Args('filter', { type: () => ActivitiesFilter, nullable: true }) filter?: ActivitiesFilter | null,
  ): Promise<ActivityModel[]> {
    return this.log.list(viewer, filter ?? {});
  }

  @Query(() => ActivityModel, { description: 'One activity (OUT_OF_SCOPE for another unit’s)' })
  @Roles(...ALL)
  async activity(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ActivityModel> {
    return this.log.get(viewer, id);
  }

  @Query(() => [ActivityRosterCandidateModel], {
    description: 'People of the activity’s unit matching a search without diacritics (≤ 50), for the attendee picker',
  })
  @Roles(...UNIT)
  async activityRosterCandidates(
    @CurrentUser() viewer: AuthUser,
    @IdArg('activityId') activityId: string,
    @Args('search', { defaultValue: '' }) search: string,
  ): Promise<ActivityRosterCandidateModel[]> {
    return this.log.rosterCandidates(viewer, activityId, search.slice(0, 100));
  }

  @Mutation(() => ActivityModel, {
    description: 'A new draft of a form and kind, under the current open plan by default',
  })
  @Roles(...UNIT)
  async createActivity(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateActivityInput,
  ): Promise<ActivityModel> {
    return this.log.create(viewer, input);
  }

  @Mutation(() => ActivityModel, { description: 'Saves the fields given (drafts as the officer types)' })
  @Roles(...UNIT)
  async saveActivity(@CurrentUser() viewer: AuthUser, @Args('input') input: SaveActivityInput): Promise<ActivityModel> {
    return this.log.save(viewer, input);
  }

  @Mutation(() => ActivityModel, { description: 'The people present, from the unit’s roster' })
  @Roles(...UNIT)
  async setActivityAttendees(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SetActivityAttendeesInput,
  ): Promise<ActivityModel> {
    return this.log.setAttendees(viewer, input.id, input.personIds);
  }

  @Mutation(() => ActivityModel, { description: 'Submits the activity (full validation); it then counts' })
  @Roles(...UNIT)
  async submitActivity(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ActivityModel> {
    return this.log.submit(viewer, id);
  }

  @Mutation(() => ActivityModel, { description: 'The office sends a submitted activity back with a reason (≥ 10)' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async requestActivityCorrection(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: RequestActivityCorrectionInput,
  ): Promise<ActivityModel> {
    return this.log.requestCorrection(viewer, input.id, input.reason);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft' })
  @Roles(...UNIT)
  async deleteActivity(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.log.deleteDraft(viewer, id);
  }

  @Mutation(() => ActivityModel, { description: 'Adds a link as evidence (http or https)' })
  @Roles(...UNIT)
  async addActivityLink(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddActivityLinkInput,
  ): Promise<ActivityModel> {
    return this.log.addLink(viewer, input.id, input.url);
  }

  @Mutation(() => ActivityModel, { description: 'Adds a file (a photo, scanned minutes) checked by its content' })
  @Roles(...UNIT)
  async addActivityFile(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddActivityFileInput,
  ): Promise<ActivityModel> {
    return this.log.addFile(viewer, input.id, input.fileName, input.contentBase64);
  }

  @Mutation(() => ActivityModel, { description: 'Removes a file or a link' })
  @Roles(...UNIT)
  async removeActivityEvidence(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ActivityModel> {
    return this.log.removeEvidence(viewer, id);
  }

  @ResolveField(() => [ActivityAttendeeModel], { description: 'The people present from the roster' })
  attendees(@Parent() a: ActivityModel, @Context('req') req: object): Promise<ActivityAttendeeModel[]> {
    return this.loadersOf(req).attendees.load(a.id);
  }

  @ResolveField(() => [ActivityEvidenceModel])
  evidence(@Parent() a: ActivityModel, @Context('req') req: object): Promise<ActivityEvidenceModel[]> {
    return this.loadersOf(req).evidence.load(a.id);
  }

  @ResolveField(() => ActivityAttendanceModel, {
    nullable: true,
    description: 'Named attendees of the audience kind ÷ the unit’s population of it (null without an audience kind)',
  })
  attendance(@Parent() a: ActivityModel, @Context('req') req: object): Promise<ActivityAttendanceModel | null> {
    return this.loadersOf(req).attendance.load(a);
  }

  @ResolveField(() => [ActivityHistoryEventModel], { description: 'The activity’s changes, oldest first' })
  history(@Parent() a: ActivityModel, @Context('req') req: object): Promise<ActivityHistoryEventModel[]> {
    return this.loadersOf(req).history.load(a.id);
  }

  /** One set of loaders per request, so a list's fields are read in one query each. */
  private loadersOf(req: object): ActivityDetailLoaders {
    let loaders = this.loaders.get(req);
    if (!loaders) {
      loaders = this.details.loaders();
      this.loaders.set(req, loaders);
    }
    return loaders;
  }
}

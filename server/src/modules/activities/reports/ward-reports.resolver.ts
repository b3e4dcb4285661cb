import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import {
  ReplyToWardReportInput,
  SendWardReportInput,
  UpdateWardReportInput,
  WardReportsFilter,
  WardReportsSummaryFilter,
} from './ward-report.input.js';
import {
  WardReportCountModel,
  WardReportEventModel,
  WardReportModel,
  WardReportPlanModel,
} from './ward-report.model.js';
import { WardReportsService } from './ward-reports.service.js';

@Resolver(() => WardReportModel)
export class WardReportsResolver {
  constructor(private readonly reports: WardReportsService) {}

  @Query(() => [WardReportModel], {
    description: 'Reports to the ward, newest first: an officer its unit’s (and sub-units’), the office all',
  })
  @Roles(Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER)
  async wardReports(
    @CurrentUser() viewer: AuthUser,
    @Args('filter', { type: () => WardReportsFilter, nullable: true }) filter?: WardReportsFilter | null,
  ): Promise<WardReportModel[]> {
    return this.reports.list(viewer, filter ?? {});
  }

  @Query(() => WardReportModel, { description: 'One report to the ward (OUT_OF_SCOPE for another unit’s)' })
  @Roles(Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER)
  async wardReport(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<WardReportModel> {
    return this.reports.get(viewer, id);
  }

  @Query(() => [WardReportPlanModel], { description: 'The open plans a report to the ward can be sent under' })
  @Roles(Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER)
  async wardReportPlans(): Promise<WardReportPlanModel[]> {
    return this.reports.openPlans();
  }

  @Query(() => [WardReportCountModel], {
    description: 'Reports to the ward counted by kind and status (of a plan, a date range, some units)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async wardReportsSummary(
    @Args('filter', { type: () => WardReportsSummaryFilter, nullable: true }) filter?: WardReportsSummaryFilter | null,
  ): Promise<WardReportCountModel[]> {
    return (await this.reports.summary(filter ?? {})).counts;
  }

  @Mutation(() => WardReportModel, { description: 'A unit sends false information found or a difficulty (SENT)' })
  @Roles(Role.UNIT_OFFICER, Role.ADMIN)
  async sendWardReport(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SendWardReportInput,
  ): Promise<WardReportModel> {
    return this.reports.send(viewer, input);
  }

  @Mutation(() => WardReportModel, { description: 'A unit edits its report while SENT' })
  @Roles(Role.UNIT_OFFICER, Role.ADMIN)
  async updateWardReport(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateWardReportInput,
  ): Promise<WardReportModel> {
    return this.reports.update(viewer, input);
  }

  @Mutation(() => WardReportModel, { description: 'The office takes a report up: SENT → IN_PROGRESS' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async takeUpWardReport(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<WardReportModel> {
    return this.reports.takeUp(viewer, id);
  }

  @Mutation(() => WardReportModel, {
    description: 'The office replies (≥ 10 characters): RESOLVED for false information, ANSWERED for a difficulty',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async replyToWardReport(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReplyToWardReportInput,
  ): Promise<WardReportModel> {
    return this.reports.reply(viewer, input);
  }

  @ResolveField(() => [WardReportEventModel], { description: 'The report’s changes, oldest first' })
  async history(@Parent() report: WardReportModel): Promise<WardReportEventModel[]> {
    return this.reports.history(report.id);
  }
}

import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import {
  CreatePeriodicReportInput,
  PeriodicReportFigures,
  PeriodicReportModel,
  PeriodicReportSectionModel,
  SavePeriodicReportInput,
} from './periodic-report.model.js';
import { PeriodicReportsService } from './periodic-reports.service.js';

/** The báo cáo sơ kết / tổng kết: the office only (ADMIN, REVIEWER). */
@Resolver(() => PeriodicReportModel)
export class PeriodicReportsResolver {
  constructor(private readonly reports: PeriodicReportsService) {}

  @Query(() => [PeriodicReportModel], { description: 'The periodic reports of a plan, newest first' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async periodicReports(@IdArg('planId') planId: string): Promise<PeriodicReportModel[]> {
    return this.reports.list(planId);
  }

  @Query(() => PeriodicReportModel, { description: 'One periodic report' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async periodicReport(@IdArg() id: string): Promise<PeriodicReportModel> {
    return this.reports.get(id);
  }

  @Mutation(() => PeriodicReportModel, {
    description: 'A new báo cáo sơ kết (INTERIM) or tổng kết (FINAL) over dates inside the plan',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async createPeriodicReport(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreatePeriodicReportInput,
  ): Promise<PeriodicReportModel> {
    return this.reports.create(viewer, input);
  }

  @Mutation(() => PeriodicReportModel, { description: 'Saves the number and the narrative sections given' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async savePeriodicReport(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SavePeriodicReportInput,
  ): Promise<PeriodicReportModel> {
    return this.reports.save(viewer, input);
  }

  @ResolveField(() => PeriodicReportFigures, {
    description: 'Computed on each read from the log, the reports to the ward, the campaign and contest results',
  })
  async figures(@Parent() report: PeriodicReportModel): Promise<PeriodicReportFigures> {
    return this.reports.figures(report);
  }

  @ResolveField(() => [PeriodicReportSectionModel], {
    description: 'Each section in order, with what was written and the suggestion from the figures',
  })
  async sections(@Parent() report: PeriodicReportModel): Promise<PeriodicReportSectionModel[]> {
    return this.reports.sections(report, await this.reports.figures(report));
  }
}

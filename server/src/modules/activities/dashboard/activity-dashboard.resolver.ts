import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import { Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { ActivityDashboardModel } from './activity-dashboard.model.js';
import { ActivityDashboardService } from './activity-dashboard.service.js';

@Resolver(() => ActivityDashboardModel)
export class ActivityDashboardResolver {
  constructor(private readonly dashboard: ActivityDashboardService) {}

  @Query(() => ActivityDashboardModel, {
    description:
      'The ward’s totals of a plan by form, unit, block and month, attendance rates and silent units (the office)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async activityDashboard(
    @IdArg('planId') planId: string,
    @Args('from', { type: () => String, nullable: true, description: 'YYYY-MM-DD; the plan’s start by default' })
    from?: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'YYYY-MM-DD; the plan’s end by default' })
    to?: string | null,
    @Args('month', {
      type: () => String,
      nullable: true,
      description: 'YYYY-MM of silent units; this month by default',
    })
    month?: string | null,
  ): Promise<ActivityDashboardModel> {
    return this.dashboard.dashboard({ planId, from, to, month });
  }
}

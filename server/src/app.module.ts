import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppErrorHttpFilter } from './common/errors/app-error-http.filter.js';
import { RateLimitsModule } from './common/rate-limit/rate-limits.module.js';
import { InvalidInputError } from './common/errors/app-error.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { SeedModule } from './database/seeds/seed.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CampaignsModule } from './modules/campaigns/campaigns.module.js';
import { ContentModule } from './modules/content/content.module.js';
import { ContestsModule } from './modules/contests/contests.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { LiveModule } from './modules/live/live.module.js';
import { UnitsModule } from './modules/units/units.module.js';
import { PeopleModule } from './modules/people/people.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ActivitiesModule } from './modules/activities/activities.module.js';
import { CommendationModule } from './modules/commendation/commendation.module.js';

/** Feature modules, in the order a reader meets them. */
export const FEATURE_MODULES = [
  AuthModule,
  UsersModule,
  UnitsModule,
  PeopleModule,
  ContentModule,
  LiveModule,
  CampaignsModule,
  NotificationsModule,
  CommendationModule,
  ActivitiesModule,
  ContestsModule,
  HealthModule,
];

const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const fields = Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {}).join('; ')]));
    return new InvalidInputError('INVALID_INPUT', `Invalid input: ${Object.values(fields).join('; ')}`, { fields });
  },
});

@Module({})
export class AppModule {
  /** The app for one configuration and one database URL (embedded or external). */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRoot(graphqlOptions(config)),
        RateLimitsModule,
        ...FEATURE_MODULES,
        MetricsModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: AppErrorHttpFilter },
      ],
    };
  }
}

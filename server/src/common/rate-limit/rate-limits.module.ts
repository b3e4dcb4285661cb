import { Global, Module } from '@nestjs/common';
import { RateLimits } from './rate-limits.js';

/** Global so that any feature can make a named limit without importing this module. */
@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class RateLimitsModule {}

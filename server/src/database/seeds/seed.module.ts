import { Module } from '@nestjs/common';
import { ContentModule } from '../../modules/content/content.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [ContentModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule {}

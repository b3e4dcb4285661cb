import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../../common/auth/decorators.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus scrape endpoint. Counts only, no personal data; keep it off the public internet in nginx. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Public('Prometheus scrapes it; it holds counts only (deploy/nginx.conf keeps it internal)')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** What node-postgres exposes about its pool (not in TypeORM's public types). */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus metrics of this node. Feature modules record through the
 * typed members below (cheap: a counter increment or a histogram observation),
 * never through prom-client directly, so names and labels stay in one place.
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();

  /** Socket.io connections open on this node, per namespace. */
  readonly socketConnections = new Gauge({
    name: 'thidua_socket_connections',
    help: 'Open socket.io connections on this node',
    labelNames: ['namespace'] as const,
    registers: [this.registry],
  });

  /** Live games this node is running (in LOBBY or RUNNING). */
  readonly liveGames = new Gauge({
    name: 'thidua_live_games',
    help: 'Live games loaded on this node',
    registers: [this.registry],
  });

  readonly liveAnswers = new Counter({
    name: 'thidua_live_answers_total',
    help: 'Live answers received, by outcome (accepted, duplicate, rejected)',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  /** From receipt of an answer to its durable ack (after the PostgreSQL commit). */
  readonly liveAckLatency = new Histogram({
    name: 'thidua_live_ack_latency_seconds',
    help: 'Time from receiving a live answer to acknowledging it after commit',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 2.5],
    registers: [this.registry],
  });

  readonly contestAnswers = new Counter({
    name: 'thidua_contest_answer_saves_total',
    help: 'Online contest answer saves',
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource) {
    // Process metrics, including event-loop lag (nodejs_eventloop_lag_*).
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    const poolGauge = (name: string, help: string, read: (p: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    poolGauge('thidua_db_pool_connections', 'PostgreSQL pool connections (open)', (p) => p.totalCount);
    poolGauge('thidua_db_pool_idle', 'PostgreSQL pool connections (idle)', (p) => p.idleCount);
    poolGauge('thidua_db_pool_waiting', 'Queries waiting for a PostgreSQL connection', (p) => p.waitingCount);
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }
}

import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('/metrics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('serves Prometheus text with process, event-loop, database-pool and live-game metrics', async () => {
    const response = await fetch(`${app.server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await response.text();
    for (const name of [
      'nodejs_eventloop_lag_p99_seconds',
      'process_resident_memory_bytes',
      'thidua_db_pool_connections',
      'thidua_socket_connections',
      'thidua_live_games',
      'thidua_live_ack_latency_seconds_bucket',
    ]) {
      expect(body).toContain(name);
    }
  });
});

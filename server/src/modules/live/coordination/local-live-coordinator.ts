import type { CoordinatorHandlers, DriverReply, LiveCoordinator } from './live-coordinator.js';

/** One node (no REDIS_URL): it drives every game, and there is nobody to tell. */
export class LocalLiveCoordinator implements LiveCoordinator {
  readonly clustered = false;
  readonly nodeId = 'local';

  bind(_handlers: CoordinatorHandlers): void {}

  claim(): Promise<boolean> {
    return Promise.resolve(true);
  }

  release(): Promise<void> {
    return Promise.resolve();
  }

  publish(): void {}

  forward(): Promise<DriverReply | null> {
    return Promise.resolve(null);
  }

  addAnswered(_gameId: string, _questionIndex: number, count: number): Promise<number> {
    return Promise.resolve(count);
  }
}

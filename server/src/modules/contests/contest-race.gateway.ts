import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { CONTEST_RACE_NAMESPACE, raceSubscribePayloadSchema, type RaceSubscribeAck } from '@thidua/shared';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import {
  ContestRaceBroadcaster,
  raceRoom,
  type ContestRaceNamespace,
  type ContestRaceSocket,
} from './contest-race.broadcaster.js';
import { ContestRaceService } from './contest-race.service.js';
import { ContestsError } from './contests.errors.js';

/**
 * `/contest-race`: the public, read-only unit participation race for big screens.
 * No authentication (nothing personal is sent: unit names and counts). Thin: it
 * validates `subscribe` with the shared zod schema, always answers through the ack,
 * and never throws on a malformed payload.
 */
@WebSocketGateway({ namespace: CONTEST_RACE_NAMESPACE })
export class ContestRaceGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(ContestRaceGateway.name);
  private readonly subscribeLimiter = new RateLimiter(5, 1000);

  constructor(
    private readonly race: ContestRaceService,
    private readonly broadcaster: ContestRaceBroadcaster,
  ) {}

  afterInit(namespace: ContestRaceNamespace): void {
    this.broadcaster.attach(namespace);
  }

  handleConnection(socket: ContestRaceSocket): void {
    socket.on('subscribe', (...args: unknown[]) => {
      const last = args[args.length - 1];
      const ack = typeof last === 'function' ? (last as (result: RaceSubscribeAck) => void) : () => undefined;
      if (!this.subscribeLimiter.take(socket.id))
        return ack({ ok: false, reason: 'RATE_LIMITED', message: 'Too many messages; slow down' });
      const parsed = raceSubscribePayloadSchema.safeParse(args[0]);
      if (!parsed.success) return ack({ ok: false, reason: 'INVALID_PAYLOAD', message: 'The message is malformed' });
      const { contestId } = parsed.data;
      this.race.snapshot(contestId).then(
        async (snapshot) => {
          for (const room of socket.rooms) if (room !== socket.id) await socket.leave(room);
          await socket.join(raceRoom(contestId));
          ack({ ok: true, snapshot });
        },
        (error: unknown) => {
          if (error instanceof ContestsError && error.reason === 'CONTEST_NOT_FOUND')
            return ack({ ok: false, reason: 'CONTEST_NOT_FOUND', message: 'No such contest' });
          this.logger.error(
            `subscribe failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
          ack({ ok: false, reason: 'SERVER_ERROR', message: 'The server could not do this; try again' });
        },
      );
    });
  }
}

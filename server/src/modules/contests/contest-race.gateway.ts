import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import {
  CONTEST_RACE_NAMESPACE,
  raceSubscribePayloadSchema,
  type ContestRaceClientEvents,
  type RaceErrorReason,
  type SocketRefusal,
} from '@thidua/shared';
import { REFUSAL_MESSAGES, refuse, refusals } from '../../realtime/socket-ack.js';
import { SocketEvents } from '../../realtime/socket-events.js';
import { SocketRateLimit } from '../../realtime/socket-rate-limit.js';
import {
  ContestRaceBroadcaster,
  raceRoom,
  type ContestRaceNamespace,
  type ContestRaceSocket,
} from './contest-race.broadcaster.js';
import { ContestRaceService } from './contest-race.service.js';
import { ContestsError } from './contests.errors.js';

/**
 * `/contest-race`: the public, read-only unit participation race for big screens,
 * thin on the realtime kit. No authentication (nothing personal is sent: unit names
 * and counts). `subscribe` is validated with the shared zod schema and always
 * answered through the ack, never with an exception on a malformed payload.
 */
@WebSocketGateway({ namespace: CONTEST_RACE_NAMESPACE })
export class ContestRaceGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(ContestRaceGateway.name);
  private readonly subscribeLimit = SocketRateLimit.perSocket(5, 1000);
  private readonly events = new SocketEvents<ContestRaceClientEvents, SocketRefusal<RaceErrorReason>>({
    logger: this.logger,
    acks: refusals<RaceErrorReason>({
      refused: (error) =>
        error instanceof ContestsError && error.reason === 'CONTEST_NOT_FOUND'
          ? refuse('CONTEST_NOT_FOUND', 'No such contest')
          : null,
      serverError: refuse('SERVER_ERROR', REFUSAL_MESSAGES.SERVER_ERROR),
    }),
  });

  constructor(
    private readonly race: ContestRaceService,
    private readonly broadcaster: ContestRaceBroadcaster,
  ) {}

  afterInit(namespace: ContestRaceNamespace): void {
    this.broadcaster.attach(namespace);
  }

  /** `subscribe({ contestId })` → ack with the current race, then `race` snapshots; one contest per socket. */
  handleConnection(socket: ContestRaceSocket): void {
    this.events.on(socket, 'subscribe', {
      schema: raceSubscribePayloadSchema,
      limits: [this.subscribeLimit],
      handle: async ({ contestId }) => {
        const snapshot = await this.race.snapshot(contestId);
        for (const room of socket.rooms) if (room !== socket.id) await socket.leave(room);
        await socket.join(raceRoom(contestId));
        return { ok: true as const, snapshot };
      },
    });
  }
}

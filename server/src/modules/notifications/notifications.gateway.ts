import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import {
  NOTIFICATIONS_NAMESPACE,
  watchSheetSchema,
  type NotificationsClientEvents,
  type NotificationsServerEvents,
  type WatchSheetAck,
} from '@thidua/shared';
import type { Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { refuse, refusals } from '../../realtime/socket-ack.js';
import { handshakeUser } from '../../realtime/socket-auth.js';
import { SocketEvents } from '../../realtime/socket-events.js';
import { SocketRateLimit } from '../../realtime/socket-rate-limit.js';
import { CampaignsError } from '../campaigns/campaigns.errors.js';
import { ScoreSheet } from '../campaigns/entities/score-sheet.entity.js';
import { reviewContext } from '../campaigns/sheets/score-sheet.store.js';
import { assertCanRead } from '../campaigns/sheets/sheet-rules.js';
import {
  NotificationsBroadcaster,
  sheetRoom,
  userRoom,
  type NotificationsNamespace,
} from './notifications.broadcaster.js';

type NotificationsSocket = Socket<NotificationsClientEvents, NotificationsServerEvents>;

/**
 * A signed-in staff user's live channel (namespace /notifications), thin on the
 * realtime kit. Access: the access token in the handshake, checked on connect; a
 * connection without a valid token is closed. Each connection joins its own user's
 * room only, so a user hears only their own notifications. `sheet:watch` joins a
 * sheet's room after the same read check as the sheet query (own unit, the block
 * leader's block, a reviewer's scope).
 */
@WebSocketGateway({ namespace: NOTIFICATIONS_NAMESPACE })
export class NotificationsGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(NotificationsGateway.name);
  private readonly watchLimit = SocketRateLimit.perSocket(10, 1000);
  private readonly events = new SocketEvents<NotificationsClientEvents, Exclude<WatchSheetAck, { ok: true }>>({
    logger: this.logger,
    acks: refusals({
      invalidPayloadMessage: 'Send { sheetId } with the id of a score sheet',
      refused: (error) =>
        error instanceof CampaignsError ? refuse('FORBIDDEN', 'You may not read this score sheet') : null,
      serverError: refuse('SHEET_NOT_FOUND', 'The sheet cannot be watched right now'),
    }),
  });

  constructor(
    private readonly broadcaster: NotificationsBroadcaster,
    private readonly tokens: TokenVerifier,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  afterInit(namespace: NotificationsNamespace): void {
    this.broadcaster.attach(namespace);
  }

  handleConnection(socket: NotificationsSocket): void {
    const user = handshakeUser(socket, this.tokens);
    if (!user) {
      socket.disconnect(true);
      return;
    }
    void socket.join(userRoom(user.id));
    this.events.on(socket, 'sheet:watch', {
      schema: watchSheetSchema,
      limits: [this.watchLimit],
      handle: async ({ sheetId }): Promise<WatchSheetAck> => {
        if (!(await this.mayRead(user, sheetId))) return refuse('SHEET_NOT_FOUND', 'No such score sheet');
        await socket.join(sheetRoom(sheetId));
        return { ok: true };
      },
    });
    this.events.on(socket, 'sheet:unwatch', {
      schema: watchSheetSchema,
      limits: [this.watchLimit],
      handle: async ({ sheetId }): Promise<WatchSheetAck> => {
        await socket.leave(sheetRoom(sheetId));
        return { ok: true };
      },
    });
  }

  /** False when there is no such sheet; throws CampaignsError (→ FORBIDDEN) when it is out of the user's scope. */
  private async mayRead(user: AuthUser, sheetId: string): Promise<boolean> {
    const manager = this.dataSource.manager;
    const sheet = await manager.findOne(ScoreSheet, {
      where: { id: sheetId },
      select: { id: true, campaignId: true, unitId: true },
    });
    if (!sheet) return false;
    assertCanRead(user, sheet, await reviewContext(manager, user, sheet));
    return true;
  }
}

import {
  NotificationKind,
  NOTIFICATIONS_NAMESPACE,
  Role,
  type SheetChanged,
  type NotificationPush,
} from '@thidua/shared';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { io, type Socket } from 'socket.io-client';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../bootstrap.js';
import { APP_CONFIG as APP_CONFIG_TOKEN, loadConfig, type AppConfig } from '../../config/app-config.js';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';
import { Campaign } from '../campaigns/entities/campaign.entity.js';
import { CampaignPeriod } from '../campaigns/entities/campaign-period.entity.js';
import { ScoreSheet } from '../campaigns/entities/score-sheet.entity.js';
import { Unit } from '../units/entities/unit.entity.js';
import { User } from '../users/entities/user.entity.js';
import { DeadlineRemindersService } from './deadline-reminders.service.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';

const DAY = 24 * 3_600_000;

// ---- a local SMTP server: every message parsed; `failNext` refuses the next one ----

interface LocalSmtp {
  port: number;
  mails: ParsedMail[];
  failNext: number;
  next(count?: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

async function startSmtp(): Promise<LocalSmtp> {
  const waiters: (() => void)[] = [];
  const smtp: LocalSmtp = {
    port: 0,
    mails: [],
    failNext: 0,
    next: (count = 1, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${smtp.mails.length} e-mails arrived`)), timeoutMs);
        const check = () => {
          if (smtp.mails.length >= count) {
            clearTimeout(timer);
            resolve(smtp.mails);
          } else waiters.push(check);
        };
        check();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (smtp.failNext > 0) {
        smtp.failNext -= 1;
        stream.resume();
        stream.on('end', () => callback(new Error('Mailbox temporarily unavailable')));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          smtp.mails.push(mail);
          callback();
          for (const waiter of waiters.splice(0)) waiter();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  smtp.port = (server.server.address() as AddressInfo).port;
  return smtp;
}

// ---- factories ----

async function createUnit(app: TestApp, code: string): Promise<string> {
  const repo = app.dataSource.getRepository(Unit);
  const unit = await repo.save(
    repo.create({
      code,
      name: `Tổ dân phố ${code}`,
      searchText: code.toLowerCase(),
      kind: 'NEIGHBORHOOD_GROUP',
      parentId: null,
      populationKind: 'RESIDENTS',
    }),
  );
  return unit.id;
}

async function createSheet(
  app: TestApp,
  unitId: string,
  deadline: Date,
  sheet: Partial<ScoreSheet> = {},
): Promise<ScoreSheet> {
  const m = app.dataSource.manager;
  const campaign = await m.save(
    m.create(Campaign, {
      title: 'Thi đua tổ dân phố văn hóa',
      status: 'LAUNCHED',
      tieRule: { kind: 'SHARED' },
    }),
  );
  const period = await m.save(
    m.create(CampaignPeriod, {
      campaignId: campaign.id,
      name: 'Sơ kết 6 tháng',
      kind: 'INTERIM',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      submissionDeadline: deadline,
    }),
  );
  return m.save(m.create(ScoreSheet, { campaignId: campaign.id, periodId: period.id, unitId, ...sheet }));
}

interface Staff {
  id: string;
  token: string;
}

async function staff(app: TestApp, role: Role, unitId?: string, email?: string): Promise<Staff> {
  const token = await app.tokenFor(role, unitId);
  const me = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
  const id = me.data!.me.id;
  if (email) await app.dataSource.getRepository(User).update(id, { email });
  return { id, token };
}

function socketOf(app: TestApp, token?: string): Socket {
  return io(`${app.server.url}${NOTIFICATIONS_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    auth: token ? { token } : {},
  });
}

function nextEvent<T>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

const connected = (socket: Socket) =>
  new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });

const LIST = `query($unreadOnly: Boolean, $first: Int) {
  myNotifications(unreadOnly: $unreadOnly, first: $first) {
    id kind campaignId campaignTitle periodId periodName sheetId unitId unitName reason deadline createdAt readAt
  }
  unreadNotificationCount
}`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unread } }`;

interface ListResult {
  myNotifications: {
    id: string;
    campaignTitle: string | null;
    periodName: string | null;
    kind: string;
    sheetId: string | null;
    reason: string | null;
    deadline: string | null;
    readAt: string | null;
    unitName: string | null;
  }[];
  unreadNotificationCount: number;
}

describe('notifications', () => {
  let smtp: LocalSmtp;
  let app: TestApp;
  let notifications: NotificationsService;
  let reminders: DeadlineRemindersService;

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Thi đua phường <thidua@phuong.test>',
      PUBLIC_URL: 'https://thidua.phuong.test',
    });
    notifications = app.server.app.get(NotificationsService);
    reminders = app.server.app.get(DeadlineRemindersService);
  });

  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  beforeEach(async () => {
    await app.dataSource.getRepository(Notification).deleteAll();
    smtp.mails.length = 0;
  });

  it('lists, counts and marks read only the signed-in user’s own notifications', async () => {
    const unitA = await createUnit(app, 'API-A');
    const unitB = await createUnit(app, 'API-B');
    const a = await staff(app, Role.UNIT_OFFICER, unitA);
    const b = await staff(app, Role.UNIT_OFFICER, unitB);
    const sheet = await createSheet(app, unitA, new Date(Date.now() + 10 * DAY));
    await notifications.notifyUnit(null, unitA, {
      kind: NotificationKind.SHEET_RETURNED,
      payload: {
        sheetId: sheet.id,
        unitName: 'Tổ dân phố API-A',
        reason: 'Thiếu minh chứng 1.1',
        replyDueAt: '2026-12-05T10:00:00.000Z',
      },
    });
    // Writers may give ids only: the names and the unit's sheet are filled in.
    await notifications.notifyUnit(null, unitA, {
      kind: NotificationKind.SHEET_APPROVED,
      payload: { campaignId: sheet.campaignId, periodId: sheet.periodId, unitId: unitA, other: 'not-a-uuid' },
    });
    await notifications.notifyUnit(null, unitB, { kind: NotificationKind.SHEET_APPROVED, payload: {} });

    const listA = await app.gql<ListResult>(LIST, {}, a.token);
    expect(listA.data!.unreadNotificationCount).toBe(2);
    expect(listA.data!.myNotifications.map((n) => n.kind)).toEqual(['SHEET_APPROVED', 'SHEET_RETURNED']);
    expect(listA.data!.myNotifications[0]).toMatchObject({
      campaignTitle: 'Thi đua tổ dân phố văn hóa',
      periodName: 'Sơ kết 6 tháng',
      unitName: 'Tổ dân phố API-A',
      sheetId: sheet.id,
    });
    expect(listA.data!.myNotifications[1]).toMatchObject({
      sheetId: sheet.id,
      unitName: 'Tổ dân phố API-A',
      reason: 'Thiếu minh chứng 1.1',
      deadline: '2026-12-05T10:00:00.000Z',
      readAt: null,
    });
    const listB = await app.gql<ListResult>(LIST, {}, b.token);
    expect(listB.data!.myNotifications).toHaveLength(1);

    // A cannot mark B's notification; marking their own works and changes the count.
    const bId = listB.data!.myNotifications[0].id;
    expect(
      (await app.gql<{ markNotificationsRead: { marked: number } }>(MARK, { input: { ids: [bId] } }, a.token)).data,
    ).toEqual({ markNotificationsRead: { marked: 0, unread: 2 } });
    expect((await app.gql<ListResult>(LIST, {}, b.token)).data!.unreadNotificationCount).toBe(1);
    const returnedId = listA.data!.myNotifications[1].id;
    expect((await app.gql(MARK, { input: { ids: [returnedId] } }, a.token)).data).toEqual({
      markNotificationsRead: { marked: 1, unread: 1 },
    });
    const unread = await app.gql<ListResult>(LIST, { unreadOnly: true }, a.token);
    expect(unread.data!.myNotifications.map((n) => n.kind)).toEqual(['SHEET_APPROVED']);
    expect((await app.gql(MARK, { input: { all: true } }, a.token)).data).toEqual({
      markNotificationsRead: { marked: 1, unread: 0 },
    });

    const nothing = await app.gql(MARK, { input: {} }, a.token);
    expect(nothing.errors?.[0].extensions?.reason).toBe('NOTHING_TO_MARK');
    const anonymous = await app.gql(LIST, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await app.gql(LIST, { first: 1000 }, a.token);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets an admin give a staff account an e-mail address, checked, and remove it', async () => {
    const admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    const unit = await createUnit(app, 'MAIL-U');
    const create = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
    const update = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id email } }`;
    const base = { displayName: 'Tổ trưởng', password: 'password-for-tests', role: 'UNIT_OFFICER', unitId: unit };
    const bad = await app.gql(create, { input: { ...base, username: 'mail-bad', email: 'not an address' } }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.getRepository(User).existsBy({ username: 'mail-bad' })).toBe(false);
    const made = await app.gql<{ createUser: { id: string; email: string | null } }>(
      create,
      { input: { ...base, username: 'mail-ok', email: 'To.Truong@Example.test' } },
      admin,
    );
    expect(made.data?.createUser.email).toBe('to.truong@example.test');
    const id = made.data!.createUser.id;
    const badUpdate = await app.gql(update, { input: { id, email: 'a@b' } }, admin);
    expect(badUpdate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(update, { input: { id, displayName: 'Tổ trưởng 2' } }, admin)).data).toEqual({
      updateUser: { id, email: 'to.truong@example.test' },
    });
    expect((await app.gql(update, { input: { id, email: '' } }, admin)).data).toEqual({
      updateUser: { id, email: null },
    });
    const officer = await staff(app, Role.UNIT_OFFICER, unit);
    const refused = await app.gql(update, { input: { id, email: 'x@example.test' } }, officer.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reminds officers 3 days and 1 day before the deadline, once each, again after an extension', async () => {
    const unit = await createUnit(app, 'REM-A');
    const officer = await staff(app, Role.UNIT_OFFICER, unit);
    const deadline = new Date(Date.now() + 20 * DAY);
    const sheet = await createSheet(app, unit, deadline);
    const at = (msBefore: number) => new Date(deadline.getTime() - msBefore);
    const kinds = async () =>
      (await app.gql<ListResult>(LIST, {}, officer.token)).data!.myNotifications.map((n) => [n.kind, n.deadline]);

    expect(await reminders.runReminders(at(4 * DAY))).toBe(0);
    expect(await reminders.runReminders(at(2.5 * DAY))).toBe(1);
    expect(await reminders.runReminders(at(2 * DAY))).toBe(0);
    expect(await reminders.runReminders(at(0.5 * DAY))).toBe(1);
    expect(await reminders.runReminders(at(0.2 * DAY))).toBe(0);
    expect(await reminders.runReminders(at(-1))).toBe(0); // past the deadline: nothing to remind of
    expect(await kinds()).toEqual([
      ['DEADLINE_IN_1_DAY', deadline.toISOString()],
      ['DEADLINE_IN_3_DAYS', deadline.toISOString()],
    ]);

    // The unit's deadline is extended by two days: both reminders come again for the new date.
    const extended = new Date(deadline.getTime() + 2 * DAY);
    await app.dataSource.getRepository(ScoreSheet).update(sheet.id, { deadlineOverride: extended });
    expect(await reminders.runReminders(at(0.5 * DAY))).toBe(1);
    expect(await reminders.runReminders(new Date(extended.getTime() - 0.5 * DAY))).toBe(1);
    expect((await kinds()).slice(0, 2)).toEqual([
      ['DEADLINE_IN_1_DAY', extended.toISOString()],
      ['DEADLINE_IN_3_DAYS', extended.toISOString()],
    ]);
  });

  it('reminds a returned sheet of its reply window, and never an approved, submitted or marked one', async () => {
    const now = new Date(Date.now() + 30 * DAY);
    const units = await Promise.all(['RET', 'APP', 'SUB', 'MRK'].map((code) => createUnit(app, `REM-${code}`)));
    await Promise.all(units.map((u) => staff(app, Role.UNIT_OFFICER, u)));
    // Returned after the deadline: the unit may answer for 20 more hours.
    const returned = await createSheet(app, units[0], new Date(now.getTime() - DAY), {
      status: 'RETURNED',
      replyDueAt: new Date(now.getTime() + 20 * 3_600_000),
    });
    await createSheet(app, units[1], new Date(now.getTime() + DAY / 2), { status: 'APPROVED' });
    await createSheet(app, units[2], new Date(now.getTime() + DAY / 2), { status: 'SUBMITTED' });
    await createSheet(app, units[3], new Date(now.getTime() + DAY / 2), {
      mark: 'NOT_SUBMITTED',
      markReason: 'Không nộp',
    });

    expect(await reminders.runReminders(now)).toBe(1);
    const rows = await app.dataSource.getRepository(Notification).find();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'DEADLINE_IN_1_DAY', payload: { sheetId: returned.id } });
  });

  it('pushes a notification to its own user only, and sheet:changed to the sheet’s watchers', async () => {
    const unitA = await createUnit(app, 'WS-A');
    const unitB = await createUnit(app, 'WS-B');
    const a = await staff(app, Role.UNIT_OFFICER, unitA);
    const b = await staff(app, Role.UNIT_OFFICER, unitB);
    const reviewer = await staff(app, Role.REVIEWER);
    const sheet = await createSheet(app, unitA, new Date(Date.now() + 10 * DAY));
    const anonymous = socketOf(app);
    const refused = nextEvent<string>(anonymous, 'disconnect');
    const sockets = [socketOf(app, a.token), socketOf(app, b.token), socketOf(app, reviewer.token)];
    try {
      await Promise.all(sockets.map(connected));
      expect(await refused).toBe('io server disconnect');
      const [sa, sb, sr] = sockets;
      expect(await sa.emitWithAck('sheet:watch', { sheetId: sheet.id })).toEqual({ ok: true });
      expect(await sr.emitWithAck('sheet:watch', { sheetId: sheet.id })).toEqual({ ok: true });
      expect(await sb.emitWithAck('sheet:watch', { sheetId: sheet.id })).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
      expect(await sb.emitWithAck('sheet:watch', { sheetId: 'nope' })).toMatchObject({ reason: 'INVALID_PAYLOAD' });

      const pushA = nextEvent<NotificationPush>(sa, 'notification');
      const changedA = nextEvent<SheetChanged>(sa, 'sheet:changed');
      const changedR = nextEvent<SheetChanged>(sr, 'sheet:changed');
      const firstOfB = nextEvent<NotificationPush>(sb, 'notification');
      let bChanged = false;
      sb.on('sheet:changed', () => (bChanged = true));
      // Written in a transaction: nothing is pushed before the commit.
      await app.dataSource.transaction(async (manager) => {
        await notifications.notifyUnit(manager, unitA, {
          kind: NotificationKind.SHEET_RETURNED,
          payload: { sheetId: sheet.id, reason: 'Thiếu minh chứng' },
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await Promise.race([pushA.then(() => 'pushed'), Promise.resolve('not yet')])).toBe('not yet');
      });
      expect(await pushA).toMatchObject({ kind: 'SHEET_RETURNED', sheetId: sheet.id });
      expect(await changedA).toEqual({ sheetId: sheet.id, kind: 'SHEET_RETURNED' });
      expect(await changedR).toEqual({ sheetId: sheet.id, kind: 'SHEET_RETURNED' });

      // B's first notification is its own, written after A's: A's never reached B.
      await notifications.notifyUnit(null, unitB, { kind: NotificationKind.SHEET_APPROVED, payload: {} });
      expect(await firstOfB).toMatchObject({ kind: 'SHEET_APPROVED', sheetId: null });
      expect(bChanged).toBe(false);

      // A rolled-back notification is never pushed.
      const rolledBack = nextEvent<NotificationPush>(sa, 'notification', 800);
      await app.dataSource
        .transaction(async (manager) => {
          await notifications.notifyUnit(manager, unitA, { kind: NotificationKind.SHEET_APPROVED, payload: {} });
          throw new Error('rollback');
        })
        .catch(() => undefined);
      await expect(rolledBack).rejects.toThrow('no notification');

      // An explicit change (SheetWatch) reaches watchers too; unwatching stops it.
      expect(await sr.emitWithAck('sheet:unwatch', { sheetId: sheet.id })).toEqual({ ok: true });
      let reviewerHeard = false;
      sr.on('sheet:changed', () => (reviewerHeard = true));
      const explicit = nextEvent<SheetChanged>(sa, 'sheet:changed');
      notifications.changed(sheet.id);
      expect(await explicit).toEqual({ sheetId: sheet.id, kind: null });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(reviewerHeard).toBe(false);
    } finally {
      for (const s of [anonymous, ...sockets]) s.close();
    }
  });

  it('e-mails each notification in Vietnamese after the commit, and retries a failed e-mail', async () => {
    const unit = await createUnit(app, 'MAIL-A');
    const officer = await staff(app, Role.UNIT_OFFICER, unit, 'to.truong@example.test');
    await staff(app, Role.UNIT_OFFICER, unit); // no address: in-app only
    const sheet = await createSheet(app, unit, new Date(Date.now() + 10 * DAY));
    await app.dataSource.transaction((manager) =>
      notifications.notifyUnit(manager, unit, {
        kind: NotificationKind.SHEET_RETURNED,
        payload: {
          campaignId: sheet.campaignId,
          campaignTitle: 'Thi đua tổ dân phố văn hóa',
          periodName: 'Sơ kết 6 tháng',
          sheetId: sheet.id,
          unitName: 'Tổ dân phố MAIL-A',
          reason: 'Thiếu minh chứng tiêu chí 1.1',
          replyDueAt: '2026-12-05T10:00:00.000Z',
        },
      }),
    );
    const [mail] = await smtp.next(1);
    expect(mail.to).toMatchObject({ value: [{ address: 'to.truong@example.test' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'thidua@phuong.test', name: 'Thi đua phường' }] });
    expect(mail.subject).toBe(
      'Bảng tự chấm bị trả lại — cần sửa (Tổ dân phố MAIL-A — Sơ kết 6 tháng — Thi đua tổ dân phố văn hóa)',
    );
    expect(mail.text).toContain('Lý do: Thiếu minh chứng tiêu chí 1.1');
    expect(mail.text).toContain('Hạn trả lời: 17:00 ngày 05/12/2026');
    expect(mail.text).toContain(`https://thidua.phuong.test/campaigns/${sheet.campaignId}/sheets/${sheet.id}`);
    const rows = await app.dataSource.getRepository(Notification).find();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.userId === officer.id)?.emailedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.userId !== officer.id)?.emailedAt).toBeNull();

    // The SMTP server refuses the next message: the request is not affected, the job sends it later.
    smtp.failNext = 1;
    smtp.mails.length = 0;
    const written = await notifications.notifyUnit(null, unit, {
      kind: NotificationKind.DEADLINE_IN_1_DAY,
      payload: { sheetId: sheet.id, deadline: '2026-12-06T10:00:00.000Z' },
      dedupeKey: `DEADLINE_IN_1_DAY:${sheet.id}:x`,
    });
    expect(written).toBe(2);
    const failed = async () =>
      (
        await app.dataSource
          .getRepository(Notification)
          .findOneByOrFail({ userId: officer.id, kind: 'DEADLINE_IN_1_DAY' })
      ).emailedAt;
    for (let i = 0; i < 50 && smtp.failNext > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 50 && (await failed()) !== null; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await failed()).toBeNull();
    expect(smtp.mails).toHaveLength(0);
    expect(await notifications.sendPendingEmails()).toBe(1);
    const [retried] = await smtp.next(1);
    expect(retried.subject).toBe('Còn 1 ngày đến hạn nộp bảng tự chấm');
    expect(retried.text).toContain('Hạn nộp: 17:00 ngày 06/12/2026');
    expect(await failed()).toBeInstanceOf(Date);
    expect(await notifications.sendPendingEmails()).toBe(0);
  });
});

const describeRedis = process.env.REDIS_URL ? describe : describe.skip;

describeRedis('notifications with several nodes (needs REDIS_URL)', () => {
  it('reach a user and a sheet watcher connected to another node', async () => {
    const app = await createTestApp({ REDIS_URL: process.env.REDIS_URL! });
    const other = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        REDIS_URL: process.env.REDIS_URL,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-test-data-')),
        ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
        JWT_SECRET: app.server.app.get<symbol, AppConfig>(APP_CONFIG_TOKEN).jwtSecret,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
      }),
      { log: () => undefined, warn: () => undefined, error: () => undefined },
    );
    const unit = await createUnit(app, 'NODE-A');
    const officer = await staff(app, Role.UNIT_OFFICER, unit);
    const sheet = await createSheet(app, unit, new Date(Date.now() + 10 * DAY));
    const socket = io(`${other.url}${NOTIFICATIONS_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: officer.token },
    });
    try {
      await connected(socket);
      expect(await socket.emitWithAck('sheet:watch', { sheetId: sheet.id })).toEqual({ ok: true });
      const push = nextEvent<NotificationPush>(socket, 'notification');
      const changed = nextEvent<SheetChanged>(socket, 'sheet:changed');
      // Written on the first node; the officer is connected to the second.
      await app.server.app.get(NotificationsService).notifyUnit(null, unit, {
        kind: NotificationKind.SHEET_APPROVED,
        payload: { sheetId: sheet.id },
      });
      expect(await push).toMatchObject({ kind: 'SHEET_APPROVED', sheetId: sheet.id });
      expect(await changed).toEqual({ sheetId: sheet.id, kind: 'SHEET_APPROVED' });
    } finally {
      socket.close();
      await other.close();
      await app.close();
    }
  });
});

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import { UnitsService } from '../units/units.service.js';
import type { CreateUserInput, UpdateUserInput } from './dto/create-user.input.js';
import { User } from './entities/user.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { UserSessions } from './user-sessions.js';
import { UsersError } from './users.errors.js';

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: UserSessions,
    private readonly unitsService: UnitsService,
  ) {}

  /** Units sit below users, so the units module cannot ask about accounts itself: users tells it. */
  onModuleInit(): void {
    this.unitsService.addDeletionCheck({
      message: 'Accounts are bound to this unit',
      refuses: (unitId) => this.users.existsBy({ unitId }),
    });
  }

  list(): Promise<User[]> {
    return this.users.find({ relations: { unit: true }, order: { username: 'ASC' } });
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id }, relations: { unit: true } });
    if (!user) throw new UsersError('USER_NOT_FOUND', 'No such user');
    return user;
  }

  findByUsername(username: string): Promise<User | null> {
    return this.users.findOne({ where: { username: username.trim().toLowerCase() }, relations: { unit: true } });
  }

  /** `actorId`: who creates the account, for the data audit (null: the system). */
  async create(input: CreateUserInput, actorId: string | null = null): Promise<User> {
    const username = input.username.trim().toLowerCase();
    if (await this.users.existsBy({ username })) throw new UsersError('USERNAME_TAKEN', 'This username is taken');
    await this.checkUnitBinding(input.role, input.unitId ?? null);
    const user = this.users.create({
      username,
      displayName: input.displayName.normalize('NFC').trim(),
      passwordHash: await this.hasher.hash(input.password),
      role: input.role,
      unitId: input.unitId ?? null,
      email: input.email?.trim().toLowerCase() || null,
    });
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).save(user);
      await recordDataAudit(manager, {
        actorId,
        action: 'ROLE_CHANGED',
        subjectType: 'USER',
        subjectId: user.id,
        unitId: user.unitId,
        details: { from: null, to: user.role, unitId: user.unitId },
      });
    });
    return this.get(user.id);
  }

  async update(input: UpdateUserInput, actorId: string | null = null): Promise<User> {
    const user = await this.get(input.id);
    const role = input.role ?? user.role;
    const keepsUnit = role === Role.UNIT_OFFICER || role === Role.REVIEWER;
    const unitId = input.unitId !== undefined ? input.unitId : keepsUnit ? user.unitId : null;
    await this.checkUnitBinding(role, unitId);
    const active = input.active ?? user.active;
    const passwordHash = input.password ? await this.hasher.hash(input.password) : undefined;
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(user.id, {
        displayName: input.displayName?.normalize('NFC').trim() ?? user.displayName,
        role,
        unitId,
        active,
        ...(input.email !== undefined ? { email: input.email?.trim().toLowerCase() || null } : {}),
        ...(passwordHash ? { passwordHash } : {}),
      });
      const audit = { actorId, subjectType: 'USER', subjectId: user.id, unitId: unitId ?? user.unitId } as const;
      if (role !== user.role || unitId !== user.unitId) {
        await recordDataAudit(manager, {
          ...audit,
          action: 'ROLE_CHANGED',
          details: { from: user.role, to: role, fromUnitId: user.unitId, toUnitId: unitId },
        });
      }
      if (active !== user.active) {
        await recordDataAudit(manager, { ...audit, action: 'ACTIVATION_CHANGED', details: { active } });
      }
    });
    // A new password or a deactivation ends every session of the account (a stolen laptop).
    if (input.password || input.active === false) {
      await this.sessions.endAll(user.id);
    }
    return this.get(user.id);
  }

  /**
   * The account's own new password (the auth module has checked the current one). Audited as the
   * user's own act; every session of the account ends, as when an admin sets it.
   */
  async changeOwnPassword(userId: string, newPassword: string): Promise<void> {
    const user = await this.get(userId);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.users.manager.transaction(async (manager) => {
      await manager.getRepository(User).update(user.id, { passwordHash });
      await recordDataAudit(manager, {
        actorId: user.id,
        action: 'PASSWORD_CHANGED',
        subjectType: 'USER',
        subjectId: user.id,
        unitId: user.unitId,
        details: { by: 'SELF' },
      });
    });
    await this.sessions.endAll(user.id);
  }

  /**
   * On a fresh installation, creates the first admin. Returns the generated
   * password (to be printed once) or null when ADMIN_PASSWORD was given or an
   * admin already exists.
   */
  async ensureInitialAdmin(
    adminPassword?: string,
  ): Promise<{ username: string; generatedPassword: string | null } | null> {
    if (await this.users.existsBy({ role: Role.ADMIN })) return null;
    const generated = adminPassword ? null : randomBytes(12).toString('base64url');
    await this.users.save(
      this.users.create({
        username: 'admin',
        displayName: 'Quản trị viên',
        passwordHash: await this.hasher.hash(adminPassword ?? generated!),
        role: Role.ADMIN,
        unitId: null,
      }),
    );
    this.logger.log('Created the first admin account "admin"');
    return { username: 'admin', generatedPassword: generated };
  }

  /**
   * A unit officer acts for exactly one unit. A reviewer may name their own unit (so they
   * never review it); admins and hosts have none.
   */
  private async checkUnitBinding(role: Role, unitId: string | null): Promise<void> {
    if (role === Role.UNIT_OFFICER && !unitId) {
      throw new UsersError('UNIT_REQUIRED', 'A unit officer must be bound to a unit');
    }
    if (role !== Role.UNIT_OFFICER && role !== Role.REVIEWER && unitId) {
      throw new UsersError('UNIT_NOT_ALLOWED', 'Only unit officers and reviewers are bound to a unit');
    }
    if (unitId && !(await this.unitsService.exists(unitId))) throw new UsersError('UNIT_REQUIRED', 'No such unit');
  }
}

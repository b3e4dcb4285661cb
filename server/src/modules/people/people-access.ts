import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { personalCodeFromBytes, Role } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { PeopleError } from './people.errors.js';

/**
 * Who may see and keep which rosters: an admin every unit's, a unit officer their own
 * unit's and its sub-units'; nobody else. Refusals change nothing.
 */
@Injectable()
export class PeopleAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refuses (PERSON_OUT_OF_SCOPE) a unit outside the viewer's roster scope; UNIT_NOT_FOUND for no unit. */
  async assertUnit(viewer: AuthUser, unitId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const [unit]: { id: string }[] = await manager.query('SELECT id FROM unit WHERE id = $1', [unitId]);
    if (!unit) throw new PeopleError('UNIT_NOT_FOUND', 'No such unit');
    if (viewer.role === Role.ADMIN) return;
    if (viewer.role === Role.UNIT_OFFICER && viewer.unitId && (await this.isWithin(unitId, viewer.unitId, manager))) {
      return;
    }
    throw new PeopleError('PERSON_OUT_OF_SCOPE', 'This roster belongs to a unit outside your own unit');
  }

  /** Whether `unitId` is `rootId` or one of its sub-units (at any depth). */
  async isWithin(unitId: string, rootId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await this.subtree(rootId, manager)).includes(unitId);
  }

  /** The unit and all its sub-units. */
  async subtree(rootId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
       SELECT id FROM tree`,
      [rootId],
    );
    return rows.map((r) => r.id);
  }
}

/**
 * `count` personal codes nobody holds yet (nor each other): drawn from random bytes,
 * drawn again on a collision.
 */
export async function freshPersonalCodes(manager: EntityManager, count: number): Promise<string[]> {
  const codes = new Set<string>();
  for (let round = 0; codes.size < count; round += 1) {
    if (round > 20) throw new Error('Could not draw unique personal codes');
    const drawn = new Set<string>();
    while (drawn.size < count - codes.size) {
      const code = personalCodeFromBytes(randomBytes(7));
      if (!codes.has(code)) drawn.add(code);
    }
    const taken: { personal_code: string }[] = await manager.query(
      'SELECT personal_code FROM person WHERE personal_code = ANY($1::char(8)[])',
      [[...drawn]],
    );
    const takenSet = new Set(taken.map((t) => t.personal_code));
    for (const code of drawn) if (!takenSet.has(code)) codes.add(code);
  }
  return [...codes];
}

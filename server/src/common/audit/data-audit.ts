import type { EntityManager } from 'typeorm';
import { DataAuditEvent } from './data-audit-event.entity.js';

/** What a data audit event records; never a phone number or a birth date in `details`. */
export interface DataAuditEntry {
  actorId: string | null;
  action: string;
  subjectType: 'PERSON' | 'UNIT' | 'USER' | 'ENTRANT' | 'SETTING' | 'POPULATION_KIND' | 'QUESTION';
  subjectId: string | null;
  unitId: string | null;
  details?: Record<string, unknown>;
}

/** Writes one audit event with `manager`, i.e. in the transaction of the change it records. */
export async function recordDataAudit(manager: EntityManager, entry: DataAuditEntry): Promise<void> {
  const repo = manager.getRepository(DataAuditEvent);
  await repo.save(repo.create({ ...entry, details: entry.details ?? {} }));
}

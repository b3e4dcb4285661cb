import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import { PopulationKindEntry } from '../units/entities/population-kind.entity.js';
import type { PopulationKindInput } from './dto/person.input.js';

/** The kinds of people units count: data the ward edits (a kind is retired, never deleted). */
@Injectable()
export class PopulationKindsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<PopulationKindEntry[]> {
    return this.dataSource.getRepository(PopulationKindEntry).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** Creates the kind, or updates the one with this code. */
  async save(viewer: AuthUser, input: PopulationKindInput): Promise<PopulationKindEntry> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PopulationKindEntry);
      const existing = await repo.findOneBy({ code: input.code });
      const next = repo.create({
        code: input.code,
        labelVi: normalizeText(input.labelVi),
        labelEn: normalizeText(input.labelEn),
        household: input.household ?? existing?.household ?? false,
        sortOrder: input.sortOrder ?? existing?.sortOrder ?? ((await repo.maximum('sortOrder')) ?? 0) + 10,
        active: input.active ?? existing?.active ?? true,
      });
      const saved = await repo.save(next);
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: existing ? 'POPULATION_KIND_UPDATED' : 'POPULATION_KIND_CREATED',
        subjectType: 'POPULATION_KIND',
        subjectId: null,
        unitId: null,
        details: { code: saved.code, active: saved.active },
      });
      return saved;
    });
  }
}

import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WARD_COMMENDATION_FORMS } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';

/**
 * Fills an empty catalogue with the ward's default forms (WARD_COMMENDATION_FORMS), once:
 * a catalogue the admin has edited, even down to one form, is never touched again. The
 * system is the actor of the FORM_CREATED events (actorId null).
 */
@Injectable()
export class CatalogueSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogueSeed.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await this.ensureCatalogue();
    if (created > 0) this.logger.log(`Seeded ${created} commendation forms`);
  }

  /**
   * Idempotent, and safe for callers that run before the application's bootstrap (the demo
   * seeder runs before `listen`): returns how many forms it created.
   */
  async ensureCatalogue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Two instances booting together: the second waits here, then finds the catalogue filled.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('commendation_form_seed'))");
      const repo = manager.getRepository(CommendationForm);
      if ((await repo.count()) > 0) return 0;
      const saved = await repo.save(WARD_COMMENDATION_FORMS.map((form) => repo.create({ ...form })));
      for (const form of saved) {
        await recordCommendationEvent(manager, {
          actorId: null,
          action: 'FORM_CREATED',
          detail: { formId: form.id, code: form.code, seeded: true },
        });
      }
      return saved.length;
    });
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { DataAuditFilterInput, PrivacySettingsInput } from './dto/privacy.input.js';
import { DataAuditEventModel, PrivacySettingsModel, PurgeResultModel } from './models/privacy.model.js';
import { PeopleAccess } from './people-access.js';
import { PrivacyService } from './privacy.service.js';

/** Personal data (Luật Bảo vệ dữ liệu cá nhân 2025): only admins see phones, export, erase and purge. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly access: PeopleAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => String, { description: 'The person’s phone number (to call a prize winner); audited' })
  @Roles(Role.ADMIN)
  revealPersonPhone(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<string> {
    return this.privacy.revealPhone(viewer, id);
  }

  @Query(() => String, { description: 'JSON of everything kept about the person (a request under the law); audited' })
  @Roles(Role.ADMIN)
  personDataExport(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<string> {
    return this.privacy.exportData(viewer, id);
  }

  @Mutation(() => Boolean, {
    description: 'Erases the person’s data (a tombstone keeps the figures); their players and entries lose the name',
  })
  @Roles(Role.ADMIN)
  async erasePerson(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    await this.privacy.erase(viewer, id, reason);
    return true;
  }

  @Query(() => PrivacySettingsModel)
  @Roles(Role.ADMIN)
  async privacySettings(): Promise<PrivacySettingsModel> {
    return { retentionMonths: await this.privacy.retentionMonths() };
  }

  @Mutation(() => PrivacySettingsModel)
  @Roles(Role.ADMIN)
  async savePrivacySettings(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: PrivacySettingsInput,
  ): Promise<PrivacySettingsModel> {
    return { retentionMonths: await this.privacy.saveRetentionMonths(viewer, input.retentionMonths) };
  }

  @Mutation(() => PurgeResultModel, {
    description: 'Erases personal data unused for longer than the retention period (also run daily); audited',
  })
  @Roles(Role.ADMIN)
  purgeExpiredPersonalData(
    @CurrentUser() viewer: AuthUser,
    @Args('dryRun') dryRun: boolean,
  ): Promise<PurgeResultModel> {
    return this.privacy.purge(viewer, dryRun);
  }

  @Query(() => [DataAuditEventModel], { description: 'The data audit trail, newest first' })
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async dataAudit(
    @CurrentUser() viewer: AuthUser,
    @Args('filter') filter: DataAuditFilterInput,
  ): Promise<DataAuditEventModel[]> {
    let units: string[] | null = null;
    if (filter.unitId) {
      await this.access.assertUnit(viewer, filter.unitId);
      units = await this.access.subtree(filter.unitId);
    } else if (viewer.role !== Role.ADMIN) {
      units = viewer.unitId ? await this.access.subtree(viewer.unitId) : [];
    }
    const rows: (Omit<DataAuditEventModel, 'details'> & { details: Record<string, unknown> })[] =
      await this.dataSource.query(
        `SELECT d.id, d.at, d.actor_id AS "actorId", u.username AS "actorName", d.action,
                d.subject_type AS "subjectType", d.subject_id AS "subjectId", d.unit_id AS "unitId", d.details
           FROM data_audit_event d LEFT JOIN app_user u ON u.id = d.actor_id
          WHERE ($1::uuid[] IS NULL OR d.unit_id = ANY($1::uuid[]))
            AND ($2::uuid IS NULL OR d.subject_id = $2)
          ORDER BY d.at DESC, d.id LIMIT $3`,
        [units, filter.subjectId ?? null, filter.limit ?? 100],
      );
    return rows.map((r) => ({ ...r, details: JSON.stringify(r.details) }));
  }
}

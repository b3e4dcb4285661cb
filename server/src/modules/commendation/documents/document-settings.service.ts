import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  defaultDocumentSettings,
  documentSettingsProblems,
  UnitKind,
  type CertificateLayout,
  type DocumentSettings,
} from '@thidua/shared';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { AppSetting } from '../../../database/entities/app-setting.entity.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import type { UpdateDocumentSettingsInput } from './document-settings.model.js';

export const DOCUMENT_SETTINGS_KEY = 'documentSettings';

const clean = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The document settings: stored as one AppSetting, the defaults from the ward root unit's name. */
@Injectable()
export class DocumentSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<DocumentSettings> {
    const stored = await manager.findOne(AppSetting, { where: { key: DOCUMENT_SETTINGS_KEY } });
    const defaults = await this.defaults(manager);
    if (!stored) return defaults;
    const value = stored.value as Partial<DocumentSettings>;
    return { ...defaults, ...value, certificate: { ...defaults.certificate, ...(value.certificate ?? {}) } };
  }

  async update(viewer: AuthUser, input: UpdateDocumentSettingsInput): Promise<DocumentSettings> {
    const settings: DocumentSettings = {
      parentBody: clean(input.parentBody),
      issuingBody: clean(input.issuingBody),
      issuingSymbol: clean(input.issuingSymbol),
      councilName: clean(input.councilName),
      organiserName: clean(input.organiserName),
      placeName: clean(input.placeName),
      signerAuthority: clean(input.signerAuthority),
      signerCapacity: clean(input.signerCapacity),
      signerTitle: clean(input.signerTitle),
      signerName: clean(input.signerName),
      certificate: {
        ...input.certificate,
        border: input.certificate.border as CertificateLayout['border'],
        color: input.certificate.color.trim().toLowerCase(),
      },
    };
    const problems = documentSettingsProblems(settings);
    if (problems.length) {
      throw new InvalidInputError('INVALID_INPUT', `Invalid document settings: ${problems.join(', ')}`, {
        fields: problems,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(manager);
      await manager.upsert(AppSetting, { key: DOCUMENT_SETTINGS_KEY, value: settings as never }, ['key']);
      await recordCommendationEvent(manager, {
        roundId: null,
        actorId: viewer.id,
        action: 'DOCUMENT_SETTINGS_UPDATED',
        detail: { before, after: settings },
      });
      return settings;
    });
  }

  private async defaults(manager: EntityManager): Promise<DocumentSettings> {
    const ward = await manager.findOne(Unit, {
      where: { kind: UnitKind.WARD, parentId: IsNull() },
      order: { sortOrder: 'ASC', createdAt: 'ASC' },
    });
    return defaultDocumentSettings(ward?.name ?? 'Phường');
  }
}

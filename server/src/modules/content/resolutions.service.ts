import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { ContentError } from './content.errors.js';
import type {
  CreateResolutionInput,
  CreateSectionInput,
  UpdateResolutionInput,
  UpdateSectionInput,
} from './dto/resolution.input.js';
import { ResolutionSection } from './entities/resolution-section.entity.js';
import { Resolution } from './entities/resolution.entity.js';
import {
  toResolutionModel,
  toSectionModel,
  type ResolutionModel,
  type ResolutionSectionModel,
} from './models/resolution.model.js';
import { normalizeLongText } from './question-content.js';

/** Resolutions and their ordered sections (content groups, core points, new points). */
@Injectable()
export class ResolutionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listResolutions(): Promise<ResolutionModel[]> {
    const resolutions = await this.dataSource.getRepository(Resolution).find({ order: { createdAt: 'DESC' } });
    const sections = await this.dataSource
      .getRepository(ResolutionSection)
      .find({ order: { position: 'ASC', key: 'ASC' } });
    return resolutions.map((r) =>
      toResolutionModel(
        r,
        sections.filter((s) => s.resolutionId === r.id),
      ),
    );
  }

  async getResolution(id: string, manager: EntityManager = this.dataSource.manager): Promise<ResolutionModel> {
    const resolution = await manager.findOneBy(Resolution, { id });
    if (!resolution) throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
    const sections = await manager.find(ResolutionSection, {
      where: { resolutionId: id },
      order: { position: 'ASC', key: 'ASC' },
    });
    return toResolutionModel(resolution, sections);
  }

  async createResolution(input: CreateResolutionInput): Promise<ResolutionModel> {
    const code = input.code.trim().toUpperCase();
    const repo = this.dataSource.getRepository(Resolution);
    if (await repo.existsBy({ code })) throw new ContentError('RESOLUTION_CODE_TAKEN', `Code ${code} is already used`);
    const saved = await repo.save(
      repo.create({
        code,
        title: normalizeText(input.title),
        issuedOn: input.issuedOn ?? null,
        summary: normalizeLongText(input.summary ?? ''),
      }),
    );
    return this.getResolution(saved.id);
  }

  async updateResolution(input: UpdateResolutionInput): Promise<ResolutionModel> {
    const repo = this.dataSource.getRepository(Resolution);
    const resolution = await repo.findOneBy({ id: input.id });
    if (!resolution) throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
    const code = input.code?.trim().toUpperCase() ?? resolution.code;
    if (code !== resolution.code && (await repo.existsBy({ code }))) {
      throw new ContentError('RESOLUTION_CODE_TAKEN', `Code ${code} is already used`);
    }
    Object.assign(resolution, {
      code,
      title: input.title !== undefined ? normalizeText(input.title) : resolution.title,
      issuedOn: input.issuedOn !== undefined ? input.issuedOn : resolution.issuedOn,
      summary: input.summary !== undefined ? normalizeLongText(input.summary) : resolution.summary,
    });
    await repo.save(resolution);
    return this.getResolution(resolution.id);
  }

  async createSection(input: CreateSectionInput): Promise<ResolutionSectionModel> {
    if (!(await this.dataSource.getRepository(Resolution).existsBy({ id: input.resolutionId }))) {
      throw new ContentError('RESOLUTION_NOT_FOUND', 'No such resolution');
    }
    const repo = this.dataSource.getRepository(ResolutionSection);
    const key = input.key.trim();
    if (await repo.existsBy({ resolutionId: input.resolutionId, key })) {
      throw new ContentError('SECTION_KEY_TAKEN', `Section ${key} already exists`);
    }
    const position = input.position ?? (await repo.countBy({ resolutionId: input.resolutionId }));
    const section = await repo.save(
      repo.create({
        resolutionId: input.resolutionId,
        key,
        kind: input.kind,
        title: normalizeText(input.title),
        body: normalizeLongText(input.body ?? ''),
        position,
      }),
    );
    return toSectionModel(section);
  }

  async updateSection(input: UpdateSectionInput): Promise<ResolutionSectionModel> {
    const repo = this.dataSource.getRepository(ResolutionSection);
    const section = await repo.findOneBy({ id: input.id });
    if (!section) throw new ContentError('SECTION_NOT_FOUND', 'No such section');
    const key = input.key?.trim() ?? section.key;
    if (key !== section.key && (await repo.existsBy({ resolutionId: section.resolutionId, key }))) {
      throw new ContentError('SECTION_KEY_TAKEN', `Section ${key} already exists`);
    }
    Object.assign(section, {
      key,
      kind: input.kind ?? section.kind,
      title: input.title !== undefined ? normalizeText(input.title) : section.title,
      body: input.body !== undefined ? normalizeLongText(input.body) : section.body,
      position: input.position ?? section.position,
    });
    return toSectionModel(await repo.save(section));
  }
}

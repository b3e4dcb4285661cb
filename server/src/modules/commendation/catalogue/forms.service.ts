import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  compareVietnamese,
  formProblems,
  NEW_FORM_SETTINGS,
  normalizeText,
  type CommendationFormDefinition,
  type FormCondition,
} from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { recordCommendationEvent } from '../commendation-audit.js';
import { CommendationError } from '../commendation.errors.js';
import type {
  CommendationFormFieldsInput,
  CreateCommendationFormInput,
  UpdateCommendationFormInput,
} from '../dto/form.input.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';

const FIELDS = [
  'name',
  'recipientKind',
  'authority',
  'period',
  'legalBasis',
  'conditions',
  'unitKinds',
  'quotaPercent',
  'quotaOfFormCode',
  'quotaMinimum',
  'postingDays',
  'approvalPercent',
  'secretBallot',
  'certificateHeading',
  'active',
  'position',
] as const satisfies readonly (keyof CommendationFormDefinition)[];

export function definitionOf(form: CommendationForm): CommendationFormDefinition {
  const { code } = form;
  return { code, ...Object.fromEntries(FIELDS.map((f) => [f, form[f]])) } as CommendationFormDefinition;
}

function cleanCondition(condition: FormCondition): FormCondition {
  const base = { id: condition.id.trim(), kind: condition.kind, label: normalizeText(condition.label) };
  switch (condition.kind) {
    case 'CONFIRMED':
      return { ...base, evidenceRequired: condition.evidenceRequired ?? false };
    case 'MEMBER_SHARE':
      return {
        ...base,
        value: condition.value ?? null,
        formCode: condition.formCode?.trim() || null,
        populationKind: condition.populationKind?.trim() || null,
        strict: condition.strict ?? false,
      };
    case 'MIN_TOTAL':
    case 'GROUP_FLOOR':
    case 'MAX_RANK':
      return { ...base, value: condition.value ?? null };
  }
}

/** The definition after the input's changes, texts normalized (NFC, spaces), conditions cut to their kind's fields. */
function merged(current: CommendationFormDefinition, input: CommendationFormFieldsInput): CommendationFormDefinition {
  const next: CommendationFormDefinition = { ...current };
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== undefined) Object.assign(next, { [field]: value });
  }
  return {
    ...next,
    name: normalizeText(next.name),
    legalBasis: next.legalBasis.normalize('NFC').trim(),
    certificateHeading: normalizeText(next.certificateHeading),
    quotaOfFormCode: next.quotaOfFormCode?.trim() || null,
    unitKinds: [...new Set(next.unitKinds.map((k) => k.trim()).filter(Boolean))],
    conditions: next.conditions.map(cleanCondition),
  };
}

const changesOf = (before: CommendationFormDefinition, after: CommendationFormDefinition) =>
  Object.fromEntries(
    FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])).map((f) => [
      f,
      { from: before[f], to: after[f] },
    ]),
  );

/** The ward's catalogue of forms: listed, created and edited by the admin; never deleted (retired with active: false). */
@Injectable()
export class FormsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By position, then by name in Vietnamese order. */
  async list(includeInactive = false): Promise<CommendationForm[]> {
    const forms = await this.dataSource
      .getRepository(CommendationForm)
      .find(includeInactive ? {} : { where: { active: true } });
    return forms.sort(
      (a, b) => a.position - b.position || compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code),
    );
  }

  async create(viewer: AuthUser, input: CreateCommendationFormInput): Promise<CommendationForm> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CommendationForm);
      const code = input.code.trim();
      if (await repo.existsBy({ code })) {
        throw new CommendationError('FORM_CODE_TAKEN', `A form with code ${code} exists`, { field: 'code' });
      }
      const position = ((await repo.maximum('position')) ?? 0) + 10;
      const definition = merged(
        { ...NEW_FORM_SETTINGS, conditions: [], unitKinds: [], code, name: '', position },
        input,
      );
      await this.check(manager, definition);
      const saved = await repo.save(repo.create(definition));
      await recordCommendationEvent(manager, {
        actorId: viewer.id,
        action: 'FORM_CREATED',
        detail: { formId: saved.id, code, form: definition },
      });
      return saved;
    });
  }

  async update(viewer: AuthUser, input: UpdateCommendationFormInput): Promise<CommendationForm> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CommendationForm);
      const form = await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!form) throw new CommendationError('FORM_NOT_FOUND', 'No such commendation form');
      const before = definitionOf(form);
      const after = merged(before, input);
      await this.check(manager, after);
      if (after.recipientKind !== before.recipientKind) await this.refuseKindChange(manager, form);
      const changes = changesOf(before, after);
      if (Object.keys(changes).length === 0) return form;
      const saved = await repo.save(repo.merge(form, after));
      await recordCommendationEvent(manager, {
        actorId: viewer.id,
        action: 'FORM_UPDATED',
        detail: { formId: form.id, code: form.code, changes },
      });
      return saved;
    });
  }

  private async check(manager: EntityManager, definition: CommendationFormDefinition): Promise<void> {
    const others = await manager.getRepository(CommendationForm).find({ select: { code: true, recipientKind: true } });
    const problems = formProblems(definition, others);
    if (problems.length > 0) {
      throw new CommendationError('FORM_INVALID', `The form has ${problems.length} problem(s)`, { problems });
    }
  }

  /** Proposals name the form as for a unit or a person, and other forms count its holders among members. */
  private async refuseKindChange(manager: EntityManager, form: CommendationForm): Promise<void> {
    const proposals = await manager.getRepository(CommendationProposal).countBy({ formId: form.id });
    const referencing = (await manager.getRepository(CommendationForm).find())
      .filter(
        (f) => f.id !== form.id && f.conditions.some((c) => c.kind === 'MEMBER_SHARE' && c.formCode === form.code),
      )
      .map((f) => f.code);
    if (proposals > 0 || referencing.length > 0) {
      throw new CommendationError('FORM_IN_USE', 'The form is in use: its recipient kind cannot change', {
        field: 'recipientKind',
        proposals,
        referencedBy: referencing,
      });
    }
  }
}

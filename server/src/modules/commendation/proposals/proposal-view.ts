import type { ConditionCheck } from '@thidua/shared';
import { In, type EntityManager } from 'typeorm';
import { Person } from '../../people/entities/person.entity.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import type { CommendationForm } from '../entities/commendation-form.entity.js';
import type { CommendationProposalModel, ConditionCheckModel } from '../models/proposal.model.js';
import { conditionsState } from './proposal-conditions.js';

function toCheckModel(check: ConditionCheck, form: CommendationForm): ConditionCheckModel {
  const condition = form.conditions.find((c) => c.id === check.conditionId);
  return {
    conditionId: check.conditionId,
    kind: check.kind,
    label: check.label,
    met: check.met,
    actual: check.actual,
    required: check.required,
    holders: check.holders ?? null,
    members: check.members ?? null,
    evidence: check.evidence ?? null,
    evidenceRequired: condition?.evidenceRequired ?? false,
  };
}

/** A round's proposals (or the given ones) as the API shows them: by form, then by position. */
export async function proposalModels(
  manager: EntityManager,
  where: { roundId: string } | { ids: string[] },
): Promise<CommendationProposalModel[]> {
  const proposals = await manager.find(CommendationProposal, {
    where: 'roundId' in where ? { roundId: where.roundId } : { id: In(where.ids) },
    relations: { form: true },
  });
  const unitIds = [...new Set(proposals.map((p) => p.unitId))];
  const personIds = [...new Set(proposals.flatMap((p) => (p.personId ? [p.personId] : [])))];
  const units = unitIds.length ? await manager.find(Unit, { where: { id: In(unitIds) } }) : [];
  const persons = personIds.length ? await manager.find(Person, { where: { id: In(personIds) } }) : [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const personById = new Map(persons.map((p) => [p.id, p]));
  return proposals
    .sort(
      (a, b) =>
        a.form.position - b.form.position ||
        a.form.code.localeCompare(b.form.code) ||
        a.position - b.position ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    )
    .map((p) => {
      const unit = unitById.get(p.unitId);
      const person = p.personId ? personById.get(p.personId) : undefined;
      return {
        id: p.id,
        roundId: p.roundId,
        form: {
          id: p.form.id,
          code: p.form.code,
          name: p.form.name,
          recipientKind: p.form.recipientKind,
          authority: p.form.authority,
        },
        recipientKind: p.recipientKind,
        unit: { id: p.unitId, code: unit?.code ?? '', name: unit?.name ?? '' },
        person: p.personId ? { id: p.personId, fullName: person?.fullName ?? p.recipientName } : null,
        recipientName: p.recipientName,
        recipientDetail: p.recipientDetail,
        achievements: p.achievements,
        source: p.source,
        rank: p.rank,
        total: p.total,
        conditions: p.conditions.map((c) => toCheckModel(c, p.form)),
        conditionsMet: conditionsState(p.conditions),
        status: p.status,
        statusReason: p.statusReason,
        revokedAt: p.revokedAt,
        position: p.position,
        createdAt: p.createdAt,
      };
    });
}

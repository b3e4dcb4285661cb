import {
  evaluateConditions,
  type ConditionCheck,
  type ConditionFacts,
  type GroupFigure,
  type MemberShare,
} from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import type { PopulationsService } from '../../people/populations.service.js';
import type { CommendationForm } from '../entities/commendation-form.entity.js';
import type { CommendationProposal } from '../entities/commendation-proposal.entity.js';
import type { CommendationRound } from '../entities/commendation-round.entity.js';

/**
 * Holders of an individual form among a unit's members: the persons of `kind` on the
 * rosters of the unit's subtree who hold it this year, that is
 * - PASSED or CONFERRED in any round of the same year (the council passed them), or
 * - proposed in this very round and still on its list (not withdrawn, not failed):
 *   a collective is considered together with its members, and the council votes on
 *   both; the collective's check is re-evaluated whenever its members' proposals change.
 */
const HOLDERS_SQL = `
  WITH RECURSIVE tree AS (
    SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id
  )
  SELECT count(DISTINCT p.person_id)::int AS holders
    FROM commendation_proposal p
    JOIN commendation_form f ON f.id = p.form_id
    JOIN commendation_round r ON r.id = p.round_id
    JOIN person pe ON pe.id = p.person_id
   WHERE f.code = $2 AND pe.unit_id IN (SELECT id FROM tree) AND pe.erased_at IS NULL
     AND ($3::varchar IS NULL OR pe.kind = $3)
     AND ((r.year = $4 AND p.status IN ('PASSED', 'CONFERRED'))
          OR (p.round_id = $5 AND p.status NOT IN ('WITHDRAWN', 'NOT_PASSED', 'REVOKED')))`;

/** The member shares a collective's MEMBER_SHARE conditions ask about, by form code. */
export async function memberSharesOf(
  manager: EntityManager,
  populations: PopulationsService,
  round: Pick<CommendationRound, 'id' | 'year'>,
  form: Pick<CommendationForm, 'conditions'>,
  unitId: string,
): Promise<Record<string, MemberShare>> {
  const shares: Record<string, MemberShare> = {};
  for (const condition of form.conditions) {
    if (condition.kind !== 'MEMBER_SHARE' || !condition.formCode) continue;
    const kind = condition.populationKind ?? null;
    const figure = (await populations.figures([unitId], kind, manager)).get(unitId);
    const [row] = await manager.query<{ holders: number }[]>(HOLDERS_SQL, [
      unitId,
      condition.formCode,
      kind,
      round.year,
      round.id,
    ]);
    shares[condition.formCode] = { holders: row?.holders ?? 0, members: figure?.size ?? 0 };
  }
  return shares;
}

/**
 * Checks a proposal against its form. Group subtotals are only known while building
 * from the ranking (`groups`); a later re-check keeps the group floor as last found.
 */
export async function checkProposal(
  manager: EntityManager,
  populations: PopulationsService,
  round: Pick<CommendationRound, 'id' | 'year'>,
  form: CommendationForm,
  proposal: Pick<CommendationProposal, 'unitId' | 'personId' | 'total' | 'rank' | 'confirmations' | 'conditions'>,
  groups?: readonly GroupFigure[],
): Promise<ConditionCheck[]> {
  const facts: ConditionFacts = {
    total: proposal.total,
    rank: proposal.rank,
    groups: groups ?? null,
    memberShares: proposal.personId ? null : await memberSharesOf(manager, populations, round, form, proposal.unitId),
    confirmations: proposal.confirmations,
  };
  const previous = new Map(proposal.conditions.map((c) => [c.conditionId, c]));
  return evaluateConditions(form.conditions, facts).map((check) => {
    const before = previous.get(check.conditionId);
    return check.kind === 'GROUP_FLOOR' && !groups && before?.kind === 'GROUP_FLOOR' ? before : check;
  });
}

/** true: every condition met; false: one failed; null: none failed but one is undecided. */
export function conditionsState(checks: readonly ConditionCheck[]): boolean | null {
  if (checks.some((c) => c.met === false)) return false;
  return checks.every((c) => c.met === true) ? true : null;
}

import type { TFunction } from 'i18next';
import type { CampaignAuditTrailQuery } from '../../../../generated/graphql';
import { formatDateTime } from '../../../../lib/format';

type AuditRow = Pick<
  CampaignAuditTrailQuery['campaignAuditTrail'][number],
  'action' | 'field' | 'oldValue' | 'newValue'
>;

/** Every audited campaign action (server `AuditAction`), in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'CAMPAIGN_CREATED',
  'CAMPAIGN_UPDATED',
  'CAMPAIGN_LAUNCHED',
  'CAMPAIGN_STATUS_CHANGED',
  'ENTRY_SAVED',
  'ENTERED_ON_BEHALF',
  'EVIDENCE_ADDED',
  'EVIDENCE_REMOVED',
  'SHEET_SUBMITTED',
  'SCORE_REVIEWED',
  'SHEET_FIRST_REVIEWED',
  'SHEET_RETURNED',
  'SHEET_APPROVED',
  'DEADLINE_EXTENDED',
  'SHEET_MARKED',
  'SHEET_UNMARKED',
  'QUOTA_BASES_FROZEN',
  'SHEET_PUBLISHED',
  'SCORE_CORRECTED',
  'SCORE_COMPUTED',
  'INDICATOR_SOURCE_BOUND',
  'DEMO_SEEDED',
] as const;

/** Names the trail's ids stand for: units, criteria sets, blocks, titles. */
export interface AuditNames {
  units: ReadonlyMap<string, string>;
  criteriaSets: ReadonlyMap<string, string>;
  blocks: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
}

/** A change said in words: what changed (a sentence), and the old and new values worded; null values show "—". */
export interface AuditWording {
  what: string;
  old: string | null;
  new: string | null;
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** A string value as is; anything else as empty. */
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The part of a `kind:name` field after the first colon (`period:Sơ kết` → `Sơ kết`). */
const after = (field: string, prefix: string) => field.slice(prefix.length + 1);

/**
 * The setup's and the workflow's events that carry a field or ids, worded; null when the
 * row is plain (a score, a status) and the trail's own old → new reads well.
 */
/** Names for a sheet's own trail, whose events name no units, blocks or sets. */
export const NO_AUDIT_NAMES: AuditNames = {
  units: new Map(),
  criteriaSets: new Map(),
  blocks: new Map(),
  titles: new Map(),
};

export function auditWording(row: AuditRow, names: AuditNames, t: TFunction): AuditWording | null {
  const oldValue = parse(row.oldValue);
  const newValue = parse(row.newValue);
  const field = row.field ?? '';
  const date = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? formatDateTime(v) : null);
  const unit = (v: unknown) =>
    typeof v === 'string' ? (names.units.get(v) ?? v) : v === null ? t('campaigns.audit.words.none') : null;
  const lateRule = (v: unknown) => {
    const r = record(v);
    if (r.kind === 'POINTS_PER_DAY')
      return r.maxPoints
        ? t('campaigns.rankings.lateRule.POINTS_PER_DAY_CAPPED', { points: r.pointsPerDay, max: r.maxPoints })
        : t('campaigns.rankings.lateRule.POINTS_PER_DAY', { points: r.pointsPerDay });
    if (r.kind === 'NOT_RANKED') return t('campaigns.rankings.lateRule.NOT_RANKED');
    return r.kind === 'NONE' ? t('campaigns.setup.lateRuleOf.NONE') : null;
  };
  const status = (v: unknown) =>
    typeof v === 'string'
      ? t(`campaigns.sheetStatus.${v}`, { defaultValue: t(`campaigns.status.${v}`, { defaultValue: v }) })
      : null;
  const list = (v: unknown) =>
    Array.isArray(v) ? (v.length ? v.join(', ') : t('campaigns.audit.words.everyBlock')) : null;

  switch (row.action) {
    case 'CAMPAIGN_UPDATED': {
      if (field.startsWith('period:')) {
        const period = after(field, 'period');
        const o = record(oldValue);
        const n = record(newValue);
        const parts = Object.keys(n);
        const lines = parts.map((k) => {
          if (k === 'lateRule')
            return { what: t('campaigns.audit.words.lateRule', { period }), old: lateRule(o[k]), new: lateRule(n[k]) };
          if (k === 'replyDays')
            return {
              what: t('campaigns.audit.words.replyDays', { period }),
              old: o[k] === undefined ? null : t('campaigns.audit.words.days', { count: Number(o[k]) }),
              new: t('campaigns.audit.words.days', { count: Number(n[k]) }),
            };
          return null;
        });
        return joined(lines);
      }
      if (field.startsWith('block:')) {
        const block = after(field, 'block');
        const o = record(oldValue);
        const n = record(newValue);
        return joined(
          Object.keys(n).map((k) => {
            if (k === 'leaderUnitId')
              return { what: t('campaigns.audit.words.blockLeader', { block }), old: unit(o[k]), new: unit(n[k]) };
            if (k === 'criteriaSetId') {
              const set = (v: unknown) => (typeof v === 'string' ? (names.criteriaSets.get(v) ?? v) : null);
              return { what: t('campaigns.audit.words.blockSet', { block }), old: set(o[k]), new: set(n[k]) };
            }
            return null;
          }),
        );
      }
      if (field.startsWith('reviewerBlocks:'))
        return {
          what: t('campaigns.audit.words.reviewerBlocks', { user: after(field, 'reviewerBlocks') }),
          old: list(oldValue),
          new: list(newValue),
        };
      if (field === 'criteriaSet') {
        const name = str(record(newValue ?? oldValue).name);
        return newValue
          ? { what: t('campaigns.audit.words.setAdded', { name }), old: null, new: name }
          : { what: t('campaigns.audit.words.setDeleted', { name }), old: name, new: null };
      }
      if (field === 'criteriaSet.name')
        return {
          what: t('campaigns.audit.words.setRenamed'),
          old: str(oldValue),
          new: str(newValue),
        };
      if (field === 'indicatorTree') {
        const o = record(oldValue);
        const n = record(newValue);
        return {
          what: t('campaigns.audit.words.treeImported', {
            name: str(n.criteriaSet),
            file: str(n.fileName),
          }),
          old: t('campaigns.audit.words.indicators', { count: Number(o.indicators ?? 0) }),
          new: t('campaigns.audit.words.indicators', { count: Number(n.indicators ?? 0) }),
        };
      }
      if (!row.field) {
        // The campaign's own settings: each changed one named.
        const o = record(oldValue);
        const n = record(newValue);
        return joined(
          Object.keys(n).map((k) => {
            const what = t(`campaigns.audit.words.campaign.${k}`, { defaultValue: '' });
            if (!what) return null;
            if (k === 'organizerUnitId') return { what, old: unit(o[k]), new: unit(n[k]) };
            if (k === 'rankOrganizer' || k === 'boardEnabled') {
              const yn = (v: unknown) =>
                v === undefined ? null : t(v ? 'campaigns.audit.words.yes' : 'campaigns.audit.words.no');
              return { what, old: yn(o[k]), new: yn(n[k]) };
            }
            const plain = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
            return { what, old: plain(o[k]), new: plain(n[k]) };
          }),
        );
      }
      return null;
    }
    case 'DEADLINE_EXTENDED': {
      const n = record(newValue);
      return {
        what: t(
          row.field === 'deadlineOverride'
            ? 'campaigns.audit.words.unitDeadline'
            : 'campaigns.audit.words.periodDeadline',
        ),
        old: date(oldValue),
        new: date(n.deadline ?? newValue),
      };
    }
    case 'QUOTA_BASES_FROZEN': {
      const bases = Object.entries(record(newValue)).map(
        ([blockId, titles]) =>
          `${names.blocks.get(blockId) ?? blockId}: ${Object.entries(record(titles))
            .map(([titleId, base]) => `${names.titles.get(titleId) ?? titleId} ${String(base)}`)
            .join(', ')}`,
      );
      return { what: t('campaigns.audit.words.quotaBases'), old: null, new: bases.join('; ') || null };
    }
    case 'SHEET_FIRST_REVIEWED': {
      const by = str(record(newValue).by);
      if (!by) return null;
      return {
        what: t(`campaigns.audit.words.firstReviewBy.${by}`, { defaultValue: by }),
        old: status(oldValue),
        new: status(record(newValue).status),
      };
    }
    case 'SHEET_RETURNED': {
      // The return's second event: the reply window it opened (the first carries the status).
      if (row.field !== 'replyDueAt') return null;
      const n = record(newValue);
      const by = str(n.by);
      return {
        what: t('campaigns.audit.words.replyWindow', {
          by: by ? t(`campaigns.audit.words.returnedBy.${by}`, { defaultValue: by }) : '',
        }),
        old: date(oldValue),
        new: date(n.replyDueAt),
      };
    }
    case 'SHEET_MARKED':
    case 'SHEET_UNMARKED': {
      const mark = (v: unknown) => {
        const kind = typeof v === 'string' ? v : record(v).mark;
        return typeof kind === 'string' ? t(`campaigns.rankings.unranked.${kind}`, { defaultValue: kind }) : null;
      };
      return { what: t('campaigns.audit.words.mark'), old: mark(oldValue), new: mark(newValue) };
    }
    default:
      return null;
  }
}

/** Several settings changed in one event: one sentence each, joined. */
function joined(lines: readonly (AuditWording | null)[]): AuditWording | null {
  const known = lines.filter((l): l is AuditWording => l !== null);
  if (known.length === 0) return null;
  if (known.length === 1) return known[0];
  return {
    what: known.map((l) => l.what).join('; '),
    old: known.map((l) => l.old ?? '—').join('; '),
    new: known.map((l) => l.new ?? '—').join('; '),
  };
}

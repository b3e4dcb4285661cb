import { type IndicatorDef, type IndicatorKind, MAX_EVIDENCE_FILE_BYTES, round2 } from '@thidua/shared';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { CampaignFieldsFragment, SheetFieldsFragment } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';
import { formatDateTime } from '../../../lib/format';

export type CampaignData = CampaignFieldsFragment;
export type IndicatorData = CampaignFieldsFragment['indicators'][number];
export type SheetData = SheetFieldsFragment;
export type EntryData = SheetFieldsFragment['entries'][number];

/** The GraphQL indicator as the shared pure functions see it. */
export function toIndicatorDef(i: IndicatorData): IndicatorDef {
  return {
    id: i.id,
    parentId: i.parentId,
    code: i.code,
    title: i.title,
    kind: i.kind,
    maxPoints: i.maxPoints,
    step: i.step,
    target: i.target,
    perItemPoints: i.perItemPoints,
    evidenceRequired: i.evidenceRequired,
    computedSource: i.computedSource ? { ...i.computedSource, id: i.computedSource.id ?? null } : null,
    position: i.position,
    thresholds: i.thresholds,
    comparison: i.comparison,
    populationKind: i.populationKind,
    method: i.method,
    evidenceText: i.evidenceText,
  };
}

/**
 * A user-facing sentence for a campaign error: `campaigns.errors.<REASON>` first (with
 * the server's details, e.g. the indicators a submit misses), then the app's general
 * error texts.
 */
export function campaignErrorText(t: TFunction, error: CombinedError | null | undefined): string | null {
  const info = errorInfo(error);
  if (!info) return null;
  if (!info.network && info.reason) {
    const key = `campaigns.errors.${info.reason}`;
    const details = info.details ?? {};
    const list = (name: string) => (Array.isArray(details[name]) ? (details[name] as unknown[]).join(', ') : '');
    const text = t(key, {
      defaultValue: '',
      indicator: typeof details.indicator === 'string' ? details.indicator : '',
      indicators: list('indicators'),
      units: list('units'),
      // DEADLINE_PASSED names the moment the unit's time ran out.
      deadline: typeof details.deadline === 'string' ? formatDateTime(details.deadline) : '',
      message: info.message,
    });
    if (text) return text;
    // The server's own sentence names what is wrong (indicator codes, units) better than a generic one.
    if (info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') return info.message;
  }
  return errorText(t, error);
}

/** A score with at most two decimals, in the reader's language (Vietnamese: comma). */
export function formatScore(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(round2(value));
}

/** Parses what a person typed: accepts "7,5" as well as "7.5"; empty → null; junk → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Leaves the unit enters a value for (computed ones are filled by the system). */
export const isUnitEntered = (kind: IndicatorKind): boolean => kind !== 'GROUP' && kind !== 'COMPUTED';

export const MAX_EVIDENCE_MB = MAX_EVIDENCE_FILE_BYTES / (1024 * 1024);

/** Evidence files a phone may pick: photos and PDFs first, office files for the office PC. */
export const EVIDENCE_ACCEPT = 'image/*,application/pdf,.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx';

/** The newest period that is not published yet, else the last one. */
export function currentPeriod(campaign: CampaignData): CampaignData['periods'][number] | null {
  const periods = [...campaign.periods].sort((a, b) => a.position - b.position);
  return periods.find((p) => !p.publishedAt) ?? periods[periods.length - 1] ?? null;
}

export const canEditSetup = (campaign: CampaignData) => campaign.status === 'DRAFT';

import type { QuotaBase, QuotaRounding } from '../../../generated/graphql';
import type { CampaignData } from './campaign-model';
import { parseNumber } from './campaign-model';

/** One title (danh hiệu) as the setup holds it: numbers as typed. */
export interface TitleRow {
  name: string;
  minTotal: string;
  floor: string;
  quota: string;
  quotaBase: QuotaBase;
  quotaRounding: QuotaRounding;
  quotaMinimum: string;
  /** The commendation form a unit earning the title is proposed for; '' for none. */
  formId: string;
}

export const emptyTitleRow = (): TitleRow => ({
  name: '',
  minTotal: '',
  floor: '',
  quota: '',
  quotaBase: 'LOWER_TITLE',
  quotaRounding: 'FLOOR',
  quotaMinimum: '1',
  formId: '',
});

/** The campaign's titles, highest first. */
export function titleRowsOf(campaign: CampaignData): TitleRow[] {
  return [...campaign.titles]
    .sort((a, b) => a.rankOrder - b.rankOrder)
    .map((x) => ({
      name: x.name,
      minTotal: String(x.minTotal),
      floor: x.groupFloorPercent === null ? '' : String(x.groupFloorPercent),
      quota: x.quotaPercent === null ? '' : String(x.quotaPercent),
      quotaBase: x.quotaBase,
      quotaRounding: x.quotaRounding,
      quotaMinimum: String(x.quotaMinimum),
      formId: x.commendationFormId ?? '',
    }));
}

export interface TitleInput {
  name: string;
  minTotal: number;
  groupFloorPercent: number | null;
  quotaPercent: number | null;
  quotaBase: QuotaBase;
  quotaRounding: QuotaRounding;
  quotaMinimum: number;
  commendationFormId: string | null;
}

/** The save input, or null when a row lacks a name or minimum, or a percentage is out of range. */
export function titleInputs(rows: readonly TitleRow[]): TitleInput[] | null {
  const titles = rows.map((r) => ({
    name: r.name.trim(),
    minTotal: parseNumber(r.minTotal),
    groupFloorPercent: parseNumber(r.floor),
    quotaPercent: parseNumber(r.quota),
    quotaBase: r.quotaBase,
    quotaRounding: r.quotaRounding,
    quotaMinimum: parseNumber(r.quotaMinimum) ?? 1,
    commendationFormId: r.formId || null,
  }));
  const valid = titles.every(
    (x): x is TitleInput =>
      Boolean(x.name) &&
      x.minTotal !== null &&
      !Number.isNaN(x.minTotal) &&
      !Number.isNaN(x.groupFloorPercent) &&
      !Number.isNaN(x.quotaPercent) &&
      (x.groupFloorPercent === null || (x.groupFloorPercent >= 0 && x.groupFloorPercent <= 100)) &&
      (x.quotaPercent === null || (x.quotaPercent > 0 && x.quotaPercent <= 100)) &&
      Number.isInteger(x.quotaMinimum) &&
      x.quotaMinimum >= 0,
  );
  return valid ? titles : null;
}

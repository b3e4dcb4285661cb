import type { MissedCondition as MissedConditionData, QuotaBase, QuotaRounding } from '@thidua/shared';
import type { CampaignTitle } from '../entities/campaign-title.entity.js';
import type { MissedCondition } from './models/ranking.model.js';

const numberVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const numVi = (n: number): string => numberVi.format(n);

export const QUOTA_ROUNDING_VI: Record<QuotaRounding, string> = {
  FLOOR: 'làm tròn xuống',
  ROUND: 'làm tròn',
  CEIL: 'làm tròn lên',
};

/** What a quota's base counts, in words: "đơn vị đạt danh hiệu “Tiên tiến”", "đơn vị của khối"… */
export function quotaBaseWords(kind: QuotaBase, lowerTitleName: string | null): string {
  switch (kind) {
    case 'LOWER_TITLE':
      return lowerTitleName ? `đơn vị đạt danh hiệu “${lowerTitleName}”` : 'đơn vị đủ điều kiện';
    case 'BLOCK_UNITS':
      return 'đơn vị của khối';
    case 'WARD_UNITS':
      return 'đơn vị của phường tham gia phong trào';
  }
}

/** The title right below `title` (by rank order), the one a LOWER_TITLE quota counts. */
export function lowerTitleOf(
  titles: readonly Pick<CampaignTitle, 'id' | 'name' | 'rankOrder'>[],
  title: Pick<CampaignTitle, 'rankOrder'>,
): Pick<CampaignTitle, 'id' | 'name'> | null {
  return [...titles].sort((a, b) => a.rankOrder - b.rankOrder).find((t) => t.rankOrder > title.rankOrder) ?? null;
}

/** "20 % của 3 đơn vị đạt danh hiệu “Tiên tiến”, làm tròn xuống, tối thiểu 1". */
export function quotaRuleText(
  title: Pick<CampaignTitle, 'quotaPercent' | 'quotaBase' | 'quotaRounding' | 'quotaMinimum' | 'rankOrder'>,
  titles: readonly Pick<CampaignTitle, 'id' | 'name' | 'rankOrder'>[],
  base: number | null,
): string {
  const words = quotaBaseWords(title.quotaBase, lowerTitleOf(titles, title)?.name ?? null);
  const of = base === null ? `số ${words}` : `${base} ${words}`;
  return `${numVi(title.quotaPercent ?? 0)} % của ${of}, ${QUOTA_ROUNDING_VI[title.quotaRounding]}, tối thiểu ${title.quotaMinimum}`;
}

/** A missed condition as the API gives it, with its Vietnamese explanation. */
export function toMissedCondition(
  c: MissedConditionData,
  title: CampaignTitle | undefined,
  titles: readonly CampaignTitle[] = [],
): MissedCondition {
  switch (c.kind) {
    case 'MIN_TOTAL':
      return {
        kind: c.kind,
        required: c.required,
        actual: c.actual,
        groupCode: null,
        quota: null,
        quotaBase: null,
        message: `Tổng điểm ${numVi(c.actual)}, cần tối thiểu ${numVi(c.required)}`,
      };
    case 'GROUP_FLOOR':
      return {
        kind: c.kind,
        required: c.required,
        actual: c.actual,
        groupCode: c.groupCode,
        quota: null,
        quotaBase: null,
        message: `Nhóm tiêu chí ${c.groupCode} đạt ${numVi(c.actual)} điểm, cần tối thiểu ${numVi(c.required)}`,
      };
    case 'QUOTA': {
      const words = quotaBaseWords(c.baseKind, title ? (lowerTitleOf(titles, title)?.name ?? null) : null);
      const rule = `${numVi(c.percent)} % của ${c.base} ${words}, ${QUOTA_ROUNDING_VI[c.rounding]}, tối thiểu ${c.minimum}`;
      return {
        kind: c.kind,
        required: null,
        actual: null,
        groupCode: null,
        quota: c.quota,
        quotaBase: c.base,
        message: `Vượt số lượng tối đa: chỉ ${c.quota} đơn vị: ${rule}${c.frozen ? ' (cơ sở đã chốt)' : ''} — ${c.eligible} đơn vị đủ điều kiện`,
      };
    }
  }
}

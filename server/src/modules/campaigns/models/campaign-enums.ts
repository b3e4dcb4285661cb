import { registerEnumType } from '@nestjs/graphql';
import {
  CampaignStatus,
  Comparison,
  ComputedMetric,
  ComputedSourceKind,
  EvidenceKind,
  IndicatorKind,
  LateRuleKind,
  PeriodKind,
  QuotaBase,
  QuotaRounding,
  RankingView,
  SheetMark,
  SheetStatus,
  TieRuleKind,
} from '@thidua/shared';

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'DRAFT → LAUNCHED → IN_REVIEW → PUBLISHED → ARCHIVED',
});
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'Sơ kết (INTERIM) or tổng kết (FINAL)' });
registerEnumType(IndicatorKind, { name: 'IndicatorKind' });
registerEnumType(SheetStatus, {
  name: 'SheetStatus',
  description: 'DRAFT → SUBMITTED → [FIRST_REVIEWED] → (RETURNED → SUBMITTED)* → APPROVED → PUBLISHED',
});
registerEnumType(TieRuleKind, {
  name: 'TieRuleKind',
  description: 'SHARED 1-2-2-4, DENSE 1-2-2-3, or tie-break indicators',
});
registerEnumType(RankingView, { name: 'RankingView' });
registerEnumType(ComputedSourceKind, { name: 'ComputedSourceKind' });
registerEnumType(ComputedMetric, { name: 'ComputedMetric' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
registerEnumType(Comparison, {
  name: 'Comparison',
  description: 'THRESHOLD / WARD_RATE: which side of the figure earns',
});
registerEnumType(LateRuleKind, { name: 'LateRuleKind', description: 'What a late sheet costs' });
registerEnumType(QuotaBase, { name: 'QuotaBase', description: "What a title's quota is a share of" });
registerEnumType(QuotaRounding, { name: 'QuotaRounding' });
registerEnumType(SheetMark, {
  name: 'SheetMark',
  description:
    'A sheet taken out of the ranking with a reason: không nộp (NOT_SUBMITTED) or không xét (NOT_CONSIDERED)',
});

export {
  CampaignStatus,
  Comparison,
  ComputedMetric,
  ComputedSourceKind,
  EvidenceKind,
  IndicatorKind,
  LateRuleKind,
  PeriodKind,
  QuotaBase,
  QuotaRounding,
  RankingView,
  SheetMark,
  SheetStatus,
  TieRuleKind,
};

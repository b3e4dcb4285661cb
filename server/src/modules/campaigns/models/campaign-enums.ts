import { registerEnumType } from '@nestjs/graphql';
import {
  BoardSource,
  CampaignStatus,
  ComputedMetric,
  ComputedSourceKind,
  EvidenceKind,
  IndicatorKind,
  PeriodKind,
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
registerEnumType(BoardSource, { name: 'BoardSource', description: 'What the public campaign board shows' });
registerEnumType(ComputedSourceKind, { name: 'ComputedSourceKind' });
registerEnumType(ComputedMetric, { name: 'ComputedMetric' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
registerEnumType(SheetMark, {
  name: 'SheetMark',
  description: 'A sheet taken out of the ranking with a reason: không nộp (NOT_SUBMITTED) or không xét (NOT_CONSIDERED)',
});

export {
  BoardSource,
  CampaignStatus,
  ComputedMetric,
  ComputedSourceKind,
  EvidenceKind,
  IndicatorKind,
  PeriodKind,
  RankingView,
  SheetMark,
  SheetStatus,
  TieRuleKind,
};

import { AuditEvent } from './audit-event.entity.js';
import { CampaignBlock, CampaignBlockUnit } from './campaign-block.entity.js';
import { CampaignPeriod } from './campaign-period.entity.js';
import { CampaignTitle } from './campaign-title.entity.js';
import { Campaign } from './campaign.entity.js';
import { Evidence } from './evidence.entity.js';
import { Indicator, IndicatorTarget } from './indicator.entity.js';
import { ScoreCorrection } from './score-correction.entity.js';
import { ScoreEntry } from './score-entry.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { CriteriaSet } from './criteria-set.entity.js';
import { CampaignReviewerBlock } from './reviewer-block.entity.js';

/** Every entity of the campaigns module (registered once in database/entities.ts). */
export const CAMPAIGN_ENTITIES = [
  Campaign,
  CampaignPeriod,
  CampaignBlock,
  CampaignBlockUnit,
  Indicator,
  IndicatorTarget,
  CampaignTitle,
  ScoreSheet,
  ScoreEntry,
  Evidence,
  ScoreCorrection,
  AuditEvent,
  CriteriaSet,
  CampaignReviewerBlock,
];

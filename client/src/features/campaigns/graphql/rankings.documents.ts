import { graphql } from '../../../generated';

/**
 * Chốt cơ sở tính hạn mức (ADMIN). The answer is a CampaignRanking, so urql's document
 * cache refetches the open ranking, which then carries the frozen bases.
 */
export const FreezeQuotaBasesDocument = graphql(`
  mutation FreezeQuotaBases($periodId: ID!) {
    freezeQuotaBases(periodId: $periodId) {
      campaignId
      periodId
      quotaFrozenAt
    }
  }
`);

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { campaignFixture } from '../../testing/campaign-fixtures';
import { TitlesSection } from './titles-section';

const title = {
  id: 't1',
  name: 'Tổ dân phố văn hóa',
  minTotal: 90,
  groupFloorPercent: null,
  quotaPercent: null,
  quotaBase: 'LOWER_TITLE',
  quotaRounding: 'FLOOR',
  quotaMinimum: 1,
  rankOrder: 1,
  commendationFormId: null,
} as const;

describe('TitlesSection', () => {
  it('links a title to a collective form of the commendation catalogue and saves it', async () => {
    const { client, calls } = graphqlStub({
      TitleCommendationForms: () => ({
        data: {
          commendationForms: [
            {
              id: 'f1',
              code: 'TO_DAN_PHO_VAN_HOA',
              name: 'Danh hiệu “Tổ dân phố văn hóa”',
              recipientKind: 'COLLECTIVE',
            },
            {
              id: 'f2',
              code: 'LAO_DONG_TIEN_TIEN',
              name: 'Danh hiệu “Lao động tiên tiến”',
              recipientKind: 'INDIVIDUAL',
            },
          ],
        },
      }),
      SaveCampaignTitles: () => ({ data: { saveCampaignTitles: campaignFixture() } }),
    });
    const { user } = renderUi(
      <TitlesSection campaign={campaignFixture({ titles: [title] })} onSaved={() => undefined} />,
      { client },
    );
    const select = await screen.findByLabelText('Đề nghị khen thưởng');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Không đề nghị khen thưởng',
      'Đề nghị: Danh hiệu “Tổ dân phố văn hóa”',
    ]);
    await user.selectOptions(select, 'f1');
    await user.click(screen.getByRole('button', { name: 'Lưu danh hiệu' }));
    expect(calls.find((c) => c.name === 'SaveCampaignTitles')?.variables).toMatchObject({
      input: { campaignId: 'c1', titles: [{ name: 'Tổ dân phố văn hóa', minTotal: 90, commendationFormId: 'f1' }] },
    });
  });
});

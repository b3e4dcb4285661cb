import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { entryFixture } from '../../testing/campaign-fixtures';
import { ComputedValue } from './computed-value';

const ENTRY_ID = '0b7e0d1c-1f4a-4a51-9f6b-2f1d6c1a9e01';

const activityEntry = entryFixture({
  id: ENTRY_ID,
  indicatorId: 'i',
  indicatorCode: '1.1',
  value: 0.5,
  computed: {
    value: 0.5,
    source: JSON.stringify({ kind: 'ACTIVITY', id: null, metric: 'ACTIVITY_COUNT', figures: { activityIds: ['a1'] } }),
    computedAt: '2026-03-01T08:00:00.000Z',
    participation: null,
  },
});

describe('the activities behind an ACTIVITY-computed value', () => {
  it('lists them once opened, dated dd/mm/yyyy, with their attendees, each linking to the activity', async () => {
    const { client, calls } = graphqlStub({
      ComputedEntryActivities: () => ({
        data: {
          computedEntryActivities: [
            {
              id: 'a1',
              unitName: 'Tổ dân phố 1',
              form: 'ORAL',
              kind: 'PARTY_CELL_MEETING',
              title: 'Sinh hoạt chi bộ tháng 3',
              occurredOn: '2026-03-05',
              attendeeCount: 12,
              namedAttendeeCount: 9,
            },
          ],
        },
      }),
    });
    const { user } = renderUi(<ComputedValue entry={activityEntry} />, { client });
    const box = screen.getByTestId('computed-activities-1.1');
    // Nothing asked before it is opened.
    expect(calls.some((c) => c.name === 'ComputedEntryActivities')).toBe(false);
    await user.click(within(box).getByText('Xem hoạt động'));
    const link = await within(box).findByRole('link', { name: /Sinh hoạt chi bộ tháng 3/ });
    expect(link).toHaveAttribute('href', '/activities/a1');
    expect(link).toHaveTextContent('05/03/2026');
    expect(box).toHaveTextContent('12 người dự, 9 người có tên trong danh sách');
    expect(calls.find((c) => c.name === 'ComputedEntryActivities')?.variables).toEqual({ entryId: ENTRY_ID });
  });

  it('is not offered for another source', () => {
    const { client } = graphqlStub({});
    renderUi(
      <ComputedValue
        entry={{
          ...activityEntry,
          computed: { ...activityEntry.computed!, source: JSON.stringify({ kind: 'CONTEST', id: 'x' }) },
        }}
      />,
      { client },
    );
    expect(screen.queryByTestId('computed-activities-1.1')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { entryFixture } from '../../testing/campaign-fixtures';
import { ComputedValue } from './computed-value';

const computed = (participation: Record<string, unknown> | null) =>
  entryFixture({
    id: 'e',
    indicatorId: 'i',
    indicatorCode: '2.2',
    value: 0.5,
    computed: {
      value: 0.5,
      source: JSON.stringify({ kind: 'CONTEST', id: 'x', metric: 'PARTICIPATION_RATE' }),
      computedAt: '2026-03-01T08:00:00.000Z',
      participation: participation as never,
    },
  });

const staff = {
  __typename: 'ComputedParticipation',
  act: 'SUBMITTED',
  basis: 'VERIFIED',
  kind: 'SCHOOL_STAFF',
  verified: 2,
  guests: 3,
  otherKinds: 1,
  population: 4,
  populationSource: 'ROSTER',
};

function render(entry: ReturnType<typeof computed>, countedBeforeRosters = false) {
  // The kinds do not load here: labels fall back to the defaults.
  const { client } = graphqlStub({});
  return renderUi(<ComputedValue entry={entry} countedBeforeRosters={countedBeforeRosters} />, { client });
}

describe('ComputedValue', () => {
  it('shows the participation formula: verified people ÷ the kind’s roster, and who was left out', () => {
    render(computed(staff));
    expect(screen.getByTestId('computed-formula-2.2')).toHaveTextContent(
      'Tỷ lệ tham gia = 2 người đã xác minh ÷ 4 Cán bộ - giáo viên - nhân viên (theo danh sách) · 3 khách, chưa xác minh: không tính · 1 người thuộc đối tượng khác: không tính',
    );
    expect(screen.queryByTestId('counted-before-rosters')).toBeNull();
  });

  it('says when the population is a declared number, not verified', () => {
    render(computed({ ...staff, guests: 0, otherKinds: 0, population: 10, populationSource: 'DECLARED' }));
    expect(screen.getByTestId('computed-formula-2.2')).toHaveTextContent(
      'Tỷ lệ tham gia = 2 người đã xác minh ÷ 10 Cán bộ - giáo viên - nhân viên (khai báo, chưa xác minh)',
    );
  });

  it('labels figures counted before rosters', () => {
    render(computed({ ...staff, basis: 'BEFORE_ROSTERS', guests: 0, otherKinds: 0, kind: 'STUDENTS' }));
    expect(screen.getByTestId('computed-formula-2.2')).toHaveTextContent(
      'Tỷ lệ tham gia = 2 người tham gia ÷ 4 Học sinh (theo danh sách)',
    );
    expect(screen.getByTestId('counted-before-rosters')).toHaveTextContent('Tính trước khi có danh sách');
  });

  it('labels a campaign created before rosters even when its figure was verified', () => {
    render(computed(staff), true);
    expect(screen.getByTestId('counted-before-rosters')).toBeInTheDocument();
  });
});

import {
  activityAttendanceRate,
  activityBindingProblem,
  activityIndicatorShare,
  activityCounts,
  activityFigures,
  activityMeasureValue,
  type ActivityFigureRow,
} from './activity-figures.js';

const row = (over: Partial<ActivityFigureRow> & { id: string }): ActivityFigureRow => ({
  unitId: 'u1',
  form: 'ORAL',
  kind: 'PARTY_CELL_MEETING',
  status: 'SUBMITTED',
  occurredOn: '2026-03-10',
  quantity: null,
  attendeeCount: null,
  attendees: [],
  ...over,
});

describe('activity figures', () => {
  const rows: ActivityFigureRow[] = [
    row({
      id: 'a',
      occurredOn: '2026-03-01',
      attendeeCount: 12,
      attendees: [
        { personId: 'p1', personKind: 'PARTY_MEMBERS' },
        { personId: 'p2', personKind: 'PARTY_MEMBERS' },
      ],
    }),
    row({
      id: 'b',
      occurredOn: '2026-03-31',
      attendeeCount: 8,
      attendees: [
        { personId: 'p1', personKind: 'PARTY_MEMBERS' },
        { personId: 'r1', personKind: 'RESIDENTS' },
      ],
    }),
    row({
      id: 'draft',
      status: 'DRAFT',
      attendeeCount: 50,
      attendees: [{ personId: 'p3', personKind: 'PARTY_MEMBERS' }],
    }),
    row({ id: 'corr', status: 'CORRECTION_REQUESTED', attendeeCount: 40 }),
    row({ id: 'before', occurredOn: '2026-02-28', attendeeCount: 7 }),
    row({ id: 'after', occurredOn: '2026-04-01', attendeeCount: 7 }),
    row({ id: 'undated', occurredOn: null, attendeeCount: 7 }),
    row({ id: 'banner', form: 'VISUAL', kind: 'BANNER', quantity: 5, occurredOn: '2026-03-15' }),
    row({ id: 'zalo', form: 'CYBERSPACE', kind: 'ZALO', quantity: 3, occurredOn: '2026-03-15' }),
  ];
  const march = { from: '2026-03-01', to: '2026-03-31' };

  it('counts SUBMITTED activities only, with the period inclusive at both ends', () => {
    const f = activityFigures(rows, march);
    expect(f.activityIds).toEqual(['a', 'banner', 'zalo', 'b']);
    expect(f.activityCount).toBe(4);
    expect(f.attendeeCount).toBe(20);
    expect(f.quantity).toBe(8);
    expect(activityCounts(rows[2], march)).toBe(false);
    expect(activityCounts(rows[3], march)).toBe(false);
    expect(activityCounts(rows[6], {})).toBe(false);
  });

  it('counts named attendees as distinct persons per kind', () => {
    const f = activityFigures(rows, march);
    expect(f.attendeesByKind).toEqual({ PARTY_MEMBERS: 2, RESIDENTS: 1 });
  });

  it('filters by form and kinds', () => {
    expect(activityFigures(rows, { ...march, form: 'VISUAL' }).quantity).toBe(5);
    expect(activityFigures(rows, { ...march, kinds: ['ZALO', 'BANNER'] }).activityIds).toEqual(['banner', 'zalo']);
    expect(activityFigures(rows, { ...march, form: 'ORAL', kinds: [] }).activityCount).toBe(2);
  });

  it('gives the attendance rate over the population, capped at 1 and 0 without one', () => {
    const f = activityFigures(rows, march);
    expect(activityAttendanceRate(f, 'PARTY_MEMBERS', 4)).toBe(0.5);
    expect(activityAttendanceRate(f, 'PARTY_MEMBERS', 1)).toBe(1);
    expect(activityAttendanceRate(f, 'PARTY_MEMBERS', 0)).toBe(0);
    expect(activityAttendanceRate(f, 'YOUTH', 10)).toBe(0);
  });

  it('gives each measure its value', () => {
    const f = activityFigures(rows, march);
    expect(activityMeasureValue(f, 'ACTIVITY_COUNT', null, 0)).toBe(4);
    expect(activityMeasureValue(f, 'ACTIVITY_QUANTITY', null, 0)).toBe(8);
    expect(activityMeasureValue(f, 'ACTIVITY_ATTENDEES', null, 0)).toBe(20);
    expect(activityMeasureValue(f, 'ACTIVITY_ATTENDEES', 'PARTY_MEMBERS', 0)).toBe(2);
    expect(activityMeasureValue(f, 'ACTIVITY_ATTENDANCE_RATE', 'PARTY_MEMBERS', 8)).toBe(0.25);
  });
});

describe('activity indicator bindings', () => {
  const f = activityFigures([
    row({ id: 'a', attendeeCount: 10, attendees: [{ personId: 'p1', personKind: 'PARTY_MEMBERS' }] }),
    row({ id: 'b', attendeeCount: 30 }),
  ]);

  it('gives a figure as a share of its target, capped at 1, and the rate as it is', () => {
    expect(activityIndicatorShare(f, { metric: 'ACTIVITY_COUNT', target: 4 }, 0)).toBe(0.5);
    expect(activityIndicatorShare(f, { metric: 'ACTIVITY_ATTENDEES', target: 20 }, 0)).toBe(1);
    expect(activityIndicatorShare(f, { metric: 'ACTIVITY_COUNT', target: 0 }, 0)).toBe(0);
    expect(activityIndicatorShare(f, { metric: 'ACTIVITY_ATTENDANCE_RATE', populationKind: 'PARTY_MEMBERS' }, 4)).toBe(
      0.25,
    );
  });

  it('refuses a bad binding naming the field', () => {
    const kinds = ['PARTY_MEMBERS', 'RESIDENTS'];
    expect(
      activityBindingProblem({ metric: 'ACTIVITY_COUNT', target: 2, form: 'ORAL', kinds: ['TDP_MEETING'] }, kinds),
    ).toBeNull();
    expect(activityBindingProblem({ metric: 'NOPE', target: 2 }, kinds)?.field).toBe('metric');
    expect(activityBindingProblem({ metric: 'ACTIVITY_COUNT', target: 2, form: 'RADIO' }, kinds)?.field).toBe('form');
    expect(
      activityBindingProblem({ metric: 'ACTIVITY_COUNT', target: 2, form: 'ORAL', kinds: ['BANNER'] }, kinds)?.field,
    ).toBe('kinds');
    expect(activityBindingProblem({ metric: 'ACTIVITY_COUNT', target: 2, kinds: ['XYZ'] }, kinds)?.field).toBe('kinds');
    expect(activityBindingProblem({ metric: 'ACTIVITY_ATTENDANCE_RATE' }, kinds)?.field).toBe('populationKind');
    expect(activityBindingProblem({ metric: 'ACTIVITY_ATTENDANCE_RATE', populationKind: 'ALIENS' }, kinds)?.field).toBe(
      'populationKind',
    );
    expect(activityBindingProblem({ metric: 'ACTIVITY_QUANTITY', target: 0 }, kinds)?.field).toBe('target');
    expect(
      activityBindingProblem({ metric: 'ACTIVITY_ATTENDANCE_RATE', populationKind: 'RESIDENTS' }, kinds),
    ).toBeNull();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { Role, type ActivityForm } from '@thidua/shared';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { graphqlStub, type StubHandler } from '../../../../test/graphql-stub';
import { renderUi, testUser } from '../../../../test/render';
import { ActivityEditorPage } from './activity-editor-page';

const activity = (form: ActivityForm, kind: string) => ({
  id: 'act-1',
  planId: 'plan-1',
  unitId: 'u-1',
  unitName: 'Tổ dân phố 1',
  form,
  kind,
  title: '',
  occurredOn: null,
  location: '',
  speaker: '',
  link: null,
  quantity: null,
  attendeeCount: null,
  audienceKind: null,
  notes: '',
  status: 'DRAFT',
  correctionReason: null,
  submittedAt: null,
  namedAttendeeCount: 0,
  evidenceCount: 0,
  updatedAt: '2026-12-01T02:00:00.000Z',
  attendees: [],
  evidence: [],
  attendance: null,
  history: [],
});

const CANDIDATES = [
  { personId: 'p-1', fullName: 'Nguyễn Văn An', kind: 'RESIDENT', subUnit: 'Số 12' },
  { personId: 'p-2', fullName: 'Trần Thị Bình', kind: 'RESIDENT', subUnit: 'Số 14' },
  { personId: 'p-3', fullName: 'Nguyễn Thị Cúc', kind: 'RESIDENT', subUnit: 'Số 20' },
];

function setup(form: ActivityForm, kind: string, handlers: Record<string, StubHandler> = {}) {
  const stub = graphqlStub({
    Activity: () => ({ data: { activity: activity(form, kind) } }),
    ActivityRosterCandidates: () => ({ data: { activityRosterCandidates: CANDIDATES } }),
    SaveActivity: () => ({
      data: { saveActivity: { id: 'act-1', updatedAt: new Date().toISOString(), status: 'DRAFT' } },
    }),
    SetActivityAttendees: (v) => ({
      data: {
        setActivityAttendees: {
          id: 'act-1',
          namedAttendeeCount: ((v.input as { personIds: string[] }).personIds ?? []).length,
          updatedAt: new Date().toISOString(),
        },
      },
    }),
    ...handlers,
  });
  const view = renderUi(<ActivityEditorPage />, {
    client: stub.client,
    route: '/activities/act-1',
    path: '/activities/:id',
    user: testUser({ role: Role.UNIT_OFFICER, unit: { id: 'u-1', code: 'TDP1', name: 'Tổ dân phố 1' } }),
  });
  const called = (name: string) => stub.calls.filter((c) => c.name === name);
  return { ...view, called };
}

describe('the activity editor', () => {
  it('shows only the fields of the activity’s form', async () => {
    setup('ORAL', 'TDP_MEETING');
    await screen.findByTestId('activity-form');
    for (const f of ['kind', 'title', 'occurredOn', 'speaker', 'location', 'attendeeCount', 'notes']) {
      expect(screen.getByTestId(`activity-field-${f}`)).toBeInTheDocument();
    }
    expect(screen.queryByTestId('activity-field-link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('activity-field-quantity')).not.toBeInTheDocument();
    expect(screen.getByTestId('roster-picker')).toBeInTheDocument();
    expect(screen.getByLabelText(/Loại buổi tuyên truyền miệng/)).toHaveDisplayValue('Họp tổ dân phố');
  });

  it('shows the channel, link and count of an article, and no attendees or speaker', async () => {
    setup('MASS_MEDIA', 'PORTAL');
    await screen.findByTestId('activity-form');
    expect(screen.getByTestId('activity-field-link')).toBeInTheDocument();
    expect(screen.getByTestId('activity-field-quantity')).toBeInTheDocument();
    expect(screen.getByLabelText(/Kênh đăng tải/)).toHaveDisplayValue('Tin, bài trên cổng thông tin điện tử');
    for (const f of ['speaker', 'location', 'attendeeCount']) {
      expect(screen.queryByTestId(`activity-field-${f}`)).not.toBeInTheDocument();
    }
    expect(screen.queryByTestId('roster-picker')).not.toBeInTheDocument();
  });

  it('saves the changed field once the officer stops typing, and says when', async () => {
    const { user, called } = setup('ORAL', 'TDP_MEETING');
    await screen.findByTestId('activity-form');
    await user.type(screen.getByTestId('activity-field-speaker'), 'Đồng chí Lê Văn Hải');
    expect(called('SaveActivity')).toHaveLength(0);
    await waitFor(() => expect(called('SaveActivity')).toHaveLength(1), { timeout: 2000 });
    expect(called('SaveActivity')[0].variables).toEqual({ input: { id: 'act-1', speaker: 'Đồng chí Lê Văn Hải' } });
    expect(await screen.findByText(/^Đã lưu lúc \d{2}:\d{2}$/)).toBeInTheDocument();
  });

  it('shows a refusal of the server at the field it names', async () => {
    const refused = new CombinedError({
      graphQLErrors: [
        {
          message: 'The date is in the future',
          extensions: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_INVALID', details: { field: 'occurredOn' } },
        },
      ],
    });
    const { user, called } = setup('ORAL', 'TDP_MEETING', { SaveActivity: () => ({ error: refused }) });
    await screen.findByTestId('activity-form');
    const date = screen.getByTestId('activity-field-occurredOn');
    await user.type(date, '01/12/2026');
    await waitFor(() => expect(called('SaveActivity')).toHaveLength(1), { timeout: 2000 });
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    const message = screen.getByText('Thông tin hoạt động chưa đúng.');
    expect(date.closest('.field')).toContainElement(message);
    expect(screen.getByTestId('activity-field-speaker')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('activity-error')).not.toBeInTheDocument();
  });

  it('finds “Nguyễn…” when the officer types “nguyen”, selects all shown and counts them', async () => {
    const { user, called } = setup('ORAL', 'TDP_MEETING');
    const picker = await screen.findByTestId('roster-picker');
    await within(picker).findByText('Trần Thị Bình');
    await user.type(screen.getByTestId('roster-search'), 'nguyen');
    const list = screen.getByTestId('roster-list');
    expect(within(list).getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(within(list).getByText('Nguyễn Thị Cúc')).toBeInTheDocument();
    expect(within(list).queryByText('Trần Thị Bình')).not.toBeInTheDocument();
    expect(called('ActivityRosterCandidates').at(-1)?.variables).toEqual({ activityId: 'act-1', search: 'nguyen' });

    await user.click(screen.getByRole('button', { name: 'Chọn tất cả' }));
    await waitFor(() => expect(called('SetActivityAttendees')).toHaveLength(1));
    expect(called('SetActivityAttendees')[0].variables).toEqual({ input: { id: 'act-1', personIds: ['p-1', 'p-3'] } });
    expect(screen.getByTestId('roster-summary')).toHaveTextContent('Đã chọn 2 người');
    expect(screen.getByTestId('roster-person-p-1')).toBeChecked();
  });
});

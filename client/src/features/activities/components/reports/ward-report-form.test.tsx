import { screen, waitFor } from '@testing-library/react';
import { Role } from '@thidua/shared';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { graphqlStub, type StubHandler } from '../../../../test/graphql-stub';
import { renderUi, testUser } from '../../../../test/render';
import { todayInVietnam } from '../../utils/report-form';
import { WardReportsPage } from './ward-reports-page';

const today = todayInVietnam();
const shift = (days: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** The same day as the date field takes it, dd/mm/yyyy. */
const typed = (days: number) => shift(days).split('-').reverse().join('/');
const PLAN = { id: 'plan-1', title: 'Tuyên truyền Nghị quyết Trung ương 2', startsOn: shift(-20), endsOn: shift(20) };

function setup(
  send: StubHandler = () => ({ data: { sendWardReport: { id: 'r-9', status: 'SENT' } } }),
  kind = 'FALSE_INFORMATION',
) {
  const stub = graphqlStub({
    WardReports: () => ({ data: { wardReports: [] } }),
    WardReportPlans: () => ({ data: { wardReportPlans: [PLAN] } }),
    SendWardReport: send,
  });
  const view = renderUi(<WardReportsPage />, {
    client: stub.client,
    route: `/activities/reports?new=${kind}`,
    path: '/activities/reports',
    user: testUser({ role: Role.UNIT_OFFICER, unit: { id: 'u-1', code: 'TDP1', name: 'Tổ dân phố 1' } }),
  });
  const sends = () => stub.calls.filter((c) => c.name === 'SendWardReport');
  return { ...view, sends };
}

describe('the send form of a report to the ward', () => {
  it('refuses a link that is not an http(s) address and an empty field before sending, then sends the fixed report', async () => {
    const { user, sends } = setup();
    await screen.findByText(`Kế hoạch: ${PLAN.title}`);
    await user.type(screen.getByTestId('ward-report-title'), 'Bài đăng xuyên tạc trên nhóm Zalo');
    await user.type(screen.getByTestId('ward-report-found-where'), 'Nhóm Zalo cư dân TDP 1');
    await user.type(screen.getByTestId('ward-report-body'), 'Bài viết cho rằng Nghị quyết chỉ là hình thức.');
    await user.type(screen.getByTestId('ward-report-link'), 'zalo.me/g/abc');
    await user.click(screen.getByTestId('ward-report-fi-submit'));

    expect(screen.getByText('Đường dẫn phải là địa chỉ http:// hoặc https://.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập nội dung này.')).toBeInTheDocument(); // what the unit did
    expect(sends()).toHaveLength(0);

    await user.clear(screen.getByTestId('ward-report-link'));
    await user.type(screen.getByTestId('ward-report-link'), 'https://zalo.me/g/abc');
    await user.click(screen.getByTestId('ward-report-action-platform'));
    await user.click(screen.getByTestId('ward-report-action-askedRemoval'));
    expect(screen.getByTestId('ward-report-action')).toHaveValue(
      'Đã báo cáo vi phạm với nền tảng; Đã đề nghị người đăng gỡ bỏ',
    );
    await user.click(screen.getByTestId('ward-report-fi-submit'));

    await waitFor(() => expect(sends()).toHaveLength(1));
    expect(sends()[0].variables).toEqual({
      input: {
        planId: PLAN.id,
        kind: 'FALSE_INFORMATION',
        title: 'Bài đăng xuyên tạc trên nhóm Zalo',
        body: 'Bài viết cho rằng Nghị quyết chỉ là hình thức.',
        foundWhere: 'Nhóm Zalo cư dân TDP 1',
        link: 'https://zalo.me/g/abc',
        reportedOn: today,
        actionTaken: 'Đã báo cáo vi phạm với nền tảng; Đã đề nghị người đăng gỡ bỏ',
      },
    });
    expect(await screen.findByTestId('location')).toHaveTextContent('/activities/reports/r-9');
  });

  it('refuses a date in the future or outside the plan, in dd/mm/yyyy', async () => {
    const { user, sends } = setup(undefined, 'DIFFICULTY');
    await screen.findByText(`Kế hoạch: ${PLAN.title}`);
    await user.type(screen.getByTestId('ward-report-title'), 'Thiếu tài liệu');
    await user.type(screen.getByTestId('ward-report-body'), 'Đề xuất phường cấp thêm 200 bản tài liệu hỏi - đáp.');
    const date = screen.getByTestId('ward-report-date');
    await user.clear(date);
    await user.type(date, typed(1));
    await user.click(screen.getByTestId('ward-report-df-submit'));
    expect(screen.getByText('Ngày không được sau hôm nay.')).toBeInTheDocument();

    await user.clear(date);
    await user.type(date, typed(-21));
    const [y, m, d] = PLAN.startsOn.split('-');
    expect(screen.getByText(new RegExp(`trong thời gian của kế hoạch \\(${d}/${m}/${y} –`))).toBeInTheDocument();
    expect(sends()).toHaveLength(0);
  });

  it('shows a refusal of the server on the field it names, and stays on the form', async () => {
    const refused = new CombinedError({
      graphQLErrors: [
        {
          message: 'The link is not an http(s) address',
          extensions: { code: 'BAD_USER_INPUT', reason: 'REPORT_INVALID', details: { field: 'link' } },
        },
      ],
    });
    const { user, sends } = setup(() => ({ error: refused }), 'DIFFICULTY');
    await screen.findByText(`Kế hoạch: ${PLAN.title}`);
    await user.type(screen.getByTestId('ward-report-title'), 'Thiếu tài liệu');
    await user.type(screen.getByTestId('ward-report-body'), 'Đề xuất phường cấp thêm tài liệu.');
    await user.click(screen.getByTestId('ward-report-df-submit'));
    await waitFor(() => expect(sends()).toHaveLength(1));
    expect(await screen.findByText('Thông tin này chưa đúng, vui lòng kiểm tra lại.')).toBeInTheDocument();
    expect(screen.getByTestId('ward-report-link')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('ward-report-form')).toBeInTheDocument();
  });
});

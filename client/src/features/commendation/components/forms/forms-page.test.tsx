import { Role, WARD_COMMENDATION_FORMS } from '@thidua/shared';
import { screen, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi, testUser } from '../../../../test/render';
import type { FormItem } from '../../utils/form-draft';
import { FormsPage } from './forms-page';

/** The listed catalogue: the ward's default forms as the server returns them. */
const catalogue = (): FormItem[] =>
  WARD_COMMENDATION_FORMS.map((f, i) => ({
    ...f,
    id: `f${i + 1}`,
    updatedAt: '2026-12-01T08:00:00.000Z',
    unitKinds: [...f.unitKinds],
    conditions: f.conditions.map((c) => ({
      id: c.id,
      kind: c.kind,
      label: c.label,
      value: c.value ?? null,
      formCode: c.formCode ?? null,
      populationKind: c.populationKind ?? null,
      strict: c.strict ?? false,
      evidenceRequired: c.evidenceRequired ?? false,
    })),
  }));

const listed = () => ({ data: { commendationForms: catalogue() } });

beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('FormsPage', () => {
  it('lists the catalogue: recipient, authority, period, quota and posting days', async () => {
    const { client } = graphqlStub({ CommendationForms: listed });
    renderUi(<FormsPage />, { client });
    const row = await screen.findByTestId('form-row-TAP_THE_LAO_DONG_XUAT_SAC');
    expect(row).toHaveTextContent('Tập thể');
    expect(row).toHaveTextContent('Đề nghị cấp trên');
    expect(row).toHaveTextContent('Hằng năm');
    expect(row).toHaveTextContent('≤ 20% Danh hiệu “Tập thể lao động tiên tiến”, tối thiểu 1');
    expect(screen.getByTestId('form-row-TO_DAN_PHO_VAN_HOA')).toHaveTextContent('10 ngày');
    expect(screen.getByTestId('form-row-LAO_DONG_TIEN_TIEN')).toHaveTextContent('Không giới hạn');
  });

  it('shows a reviewer every field read-only, with nothing to save', async () => {
    const { client } = graphqlStub({ CommendationForms: listed });
    const { user } = renderUi(<FormsPage />, { client, user: testUser({ role: Role.REVIEWER }) });
    expect(screen.queryByTestId('form-create')).not.toBeInTheDocument();
    await user.click(await screen.findByTestId('form-open-TAP_THE_LAO_DONG_TIEN_TIEN'));
    const editor = screen.getByTestId('form-editor');
    expect(within(editor).getByLabelText(/Tên hình thức khen thưởng/)).toBeDisabled();
    expect(within(editor).getByLabelText('Danh hiệu cá nhân thành viên đạt')).toHaveValue('LAO_DONG_TIEN_TIEN');
    expect(within(editor).queryByTestId('form-save')).not.toBeInTheDocument();
    expect(within(editor).queryByTestId('condition-add')).not.toBeInTheDocument();
  });

  it('saves an edited form with its changed fields and an added condition', async () => {
    const { client, calls } = graphqlStub({
      CommendationForms: listed,
      UpdateCommendationForm: (v) => ({
        data: { updateCommendationForm: { ...catalogue()[5], ...(v.input as object) } },
      }),
    });
    const { user } = renderUi(<FormsPage />, { client });
    await user.click(await screen.findByTestId('form-open-TO_DAN_PHO_VAN_HOA'));
    const editor = screen.getByTestId('form-editor');
    const days = within(editor).getByLabelText('Niêm yết công khai (ngày)');
    await user.clear(days);
    await user.type(days, '15');
    await user.click(within(editor).getByTestId('condition-add'));
    const added = within(editor).getByTestId('condition-2');
    await user.type(within(added).getByLabelText(/Nội dung điều kiện/), 'Không có hộ vi phạm pháp luật');
    await user.click(within(editor).getByTestId('form-save'));
    const sent = calls.find((c) => c.name === 'UpdateCommendationForm')?.variables.input as Record<string, unknown>;
    expect(sent).toMatchObject({ id: 'f6', postingDays: 15 });
    expect(sent).not.toHaveProperty('code');
    expect(sent.conditions).toEqual([
      expect.objectContaining({ id: 'c1', kind: 'MIN_TOTAL', value: 90 }),
      expect.objectContaining({ id: 'c2', kind: 'GROUP_FLOOR', value: 50 }),
      expect.objectContaining({ id: 'c3', kind: 'CONFIRMED', label: 'Không có hộ vi phạm pháp luật' }),
    ]);
  });

  it('marks the fields the rules refuse, before sending and from the server', async () => {
    const refused = new CombinedError({
      graphQLErrors: [
        {
          message: 'refused',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'FORM_INVALID',
            details: { problems: [{ field: 'approvalPercent', code: 'OUT_OF_RANGE' }] },
          },
        },
      ],
    });
    const { client, calls } = graphqlStub({
      CommendationForms: listed,
      CreateCommendationForm: () => ({ error: refused }),
    });
    const { user } = renderUi(<FormsPage />, { client });
    await user.click(await screen.findByTestId('form-create'));
    const editor = screen.getByTestId('form-editor');
    await user.type(within(editor).getByLabelText(/^Mã/), 'giay khen');
    await user.click(within(editor).getByTestId('form-save'));
    expect(within(editor).getByText('Chỉ dùng chữ in hoa, số và dấu gạch dưới, bắt đầu bằng chữ.')).toBeInTheDocument();
    expect(within(editor).getByText('Bắt buộc.')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'CreateCommendationForm')).toBe(false);

    const code = within(editor).getByLabelText(/^Mã/);
    await user.clear(code);
    await user.type(code, 'GIAY_KHEN_MOI');
    await user.type(within(editor).getByLabelText(/Tên hình thức khen thưởng/), 'Giấy khen mới');
    await user.click(within(editor).getByTestId('form-save'));
    expect(calls.find((c) => c.name === 'CreateCommendationForm')?.variables.input).toMatchObject({
      code: 'GIAY_KHEN_MOI',
      name: 'Giấy khen mới',
    });
    expect(await within(editor).findByText('Giá trị ngoài phạm vi cho phép.')).toBeInTheDocument();
  });
});

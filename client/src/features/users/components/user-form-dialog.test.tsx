import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi } from '../../../test/render';
import { UserFormDialog, type UserItem } from './user-form-dialog';
import { UsersTable } from './users-table';

const units = [
  { id: 'u-vh', code: 'VHXH', name: 'Phòng Văn hóa - Xã hội', kind: 'DEPARTMENT' },
  { id: 'u-t1', code: 'TDP-01', name: 'Tổ dân phố 1', kind: 'NEIGHBORHOOD_GROUP' },
] as const;

const reviewer: UserItem = {
  id: 'r1',
  username: 'thamdinh',
  displayName: 'Nguyễn Thẩm Định',
  role: 'REVIEWER',
  active: true,
  email: null,
  unit: { id: 'u-vh', code: 'VHXH', name: 'Phòng Văn hóa - Xã hội' },
};

function stub() {
  return graphqlStub({
    CreateUser: () => ({ data: { createUser: { id: 'new', username: 'thamdinh2' } } }),
    UpdateUser: () => ({ data: { updateUser: reviewer } }),
  });
}

describe('UserFormDialog', () => {
  it('lets a reviewer have a unit of their own, optional, saying its sheets are not theirs to review', async () => {
    const { client, calls } = stub();
    const { user } = renderUi(
      <UserFormDialog editing={null} units={units} onClose={() => undefined} onSaved={() => undefined} />,
      { client },
    );
    await user.type(screen.getByTestId('user-username'), 'thamdinh2');
    await user.type(screen.getByTestId('user-display-name'), 'Trần Thẩm Định');
    await user.type(screen.getByTestId('user-password'), 'mat-khau-dai-du');
    await user.selectOptions(screen.getByTestId('user-role'), 'REVIEWER');
    expect(screen.getByLabelText('Đơn vị công tác (không bắt buộc)')).toHaveAccessibleDescription(
      'Đơn vị công tác — không thẩm định bảng điểm của đơn vị mình.',
    );
    await user.selectOptions(screen.getByTestId('user-unit-list'), 'u-vh');
    await user.click(screen.getByTestId('user-save'));
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('CreateUser'));
    expect(calls.find((c) => c.name === 'CreateUser')?.variables.input).toMatchObject({
      role: 'REVIEWER',
      unitId: 'u-vh',
    });
  });

  it('saves a reviewer without a unit, and drops the unit when cleared', async () => {
    const { client, calls } = stub();
    const { user } = renderUi(
      <UserFormDialog editing={reviewer} units={units} onClose={() => undefined} onSaved={() => undefined} />,
      { client },
    );
    expect(screen.getByTestId('user-unit-selected')).toHaveTextContent('Đã chọn: Phòng Văn hóa - Xã hội (VHXH)');
    await user.click(screen.getByTestId('user-unit-clear'));
    expect(screen.getByTestId('user-unit-selected')).toHaveTextContent('Chưa chọn đơn vị.');
    await user.click(screen.getByTestId('user-save'));
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('UpdateUser'));
    expect(calls.find((c) => c.name === 'UpdateUser')?.variables.input).toMatchObject({
      id: 'r1',
      role: 'REVIEWER',
      unitId: null,
    });
  });

  it('has no unit for a host: a reviewer turned host loses it', async () => {
    const { client, calls } = stub();
    const { user } = renderUi(
      <UserFormDialog editing={reviewer} units={units} onClose={() => undefined} onSaved={() => undefined} />,
      { client },
    );
    await user.selectOptions(screen.getByTestId('user-role'), 'HOST');
    expect(screen.queryByTestId('user-unit-list')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('user-save'));
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('UpdateUser'));
    expect(calls.find((c) => c.name === 'UpdateUser')?.variables.input).toMatchObject({ role: 'HOST', unitId: null });
  });
});

describe('UsersTable', () => {
  it("shows a reviewer's own unit as the unit they do not review", () => {
    renderUi(<UsersTable users={[reviewer]} meId={undefined} onEdit={() => undefined} onPassword={() => undefined} />);
    expect(screen.getByTestId('user-unit-thamdinh')).toHaveTextContent(
      'Phòng Văn hóa - Xã hộiđơn vị công tác — không thẩm định',
    );
  });
});

import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { peopleErrorText } from './people-error-text';

const refusal = (reason: string, details?: Record<string, unknown>) =>
  new CombinedError({
    graphQLErrors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', reason, details } }],
  });

describe('peopleErrorText', () => {
  const t = i18n.getFixedT('vi');
  it('names each refused field of a person', () => {
    const error = refusal('PERSON_INVALID', {
      problems: [
        { field: 'phone', reason: 'INVALID_PHONE' },
        { field: 'birthYear', reason: 'BIRTH_YEAR_MISMATCH' },
      ],
    });
    expect(peopleErrorText(t, error)).toBe(
      'Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0). Năm sinh không khớp với ngày sinh.',
    );
  });

  it('says a duplicate plainly, and falls back to the app’s texts', () => {
    expect(peopleErrorText(t, refusal('PERSON_DUPLICATE'))).toBe('Đơn vị đã có người cùng họ tên và ngày sinh.');
    expect(peopleErrorText(t, refusal('ROLE_REQUIRED'))).toBe(
      'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    );
    expect(peopleErrorText(t, null)).toBeNull();
  });
});

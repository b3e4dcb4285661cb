import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en.json';
import vi from '../../../../locales/vi.json';
import i18n from '../../../../lib/i18n';
import { AUDIT_ACTIONS, auditWording, type AuditNames } from './audit-wording';

const names: AuditNames = {
  units: new Map([
    ['u1', 'Tổ dân phố 1'],
    ['u2', 'Tổ dân phố 2'],
    ['vh', 'Phòng Văn hóa - Xã hội'],
  ]),
  criteriaSets: new Map([
    ['cs1', 'Bộ tiêu chí chung'],
    ['cs2', 'Bộ tiêu chí tổ dân phố'],
  ]),
  blocks: new Map([['b1', 'Khối tổ dân phố']]),
  titles: new Map([['t1', 'Xuất sắc']]),
};
const row = (action: string, field: string | null, oldValue: unknown, newValue: unknown) => ({
  action,
  field,
  oldValue: oldValue === undefined ? null : JSON.stringify(oldValue),
  newValue: newValue === undefined ? null : JSON.stringify(newValue),
});
const word = (r: ReturnType<typeof row>) => auditWording(r, names, i18n.t);

describe('audit wording', () => {
  it('labels every audited action in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(vi.campaigns.audit.actions, action).toHaveProperty(action);
      expect(en.campaigns.audit.actions, action).toHaveProperty(action);
    }
    expect(i18n.t('campaigns.audit.actions.SHEET_MARKED')).toBe('Đánh dấu không nộp / không xét');
    expect(i18n.t('campaigns.audit.actions.QUOTA_BASES_FROZEN')).toBe('Chốt cơ sở tính số lượng tối đa');
    expect(i18n.t('campaigns.audit.actions.SHEET_FIRST_REVIEWED')).toBe('Thẩm định vòng 1 (khối trưởng)');
  });

  it("words a period's late rule and reply window instead of the raw field", () => {
    expect(
      word(
        row(
          'CAMPAIGN_UPDATED',
          'period:Sơ kết 6 tháng',
          { lateRule: { kind: 'NONE' } },
          { lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 10 } },
        ),
      ),
    ).toEqual({
      what: 'Đổi quy định nộp muộn của đợt “Sơ kết 6 tháng”',
      old: 'Không trừ điểm',
      new: 'Nộp muộn trừ 2 điểm mỗi ngày, tối đa 10 điểm',
    });
    expect(word(row('CAMPAIGN_UPDATED', 'period:Sơ kết', { replyDays: 3 }, { replyDays: 5 }))).toEqual({
      what: 'Đổi thời hạn trả lời khi bị trả lại của đợt “Sơ kết”',
      old: '3 ngày',
      new: '5 ngày',
    });
  });

  it('names units, sets, blocks and titles for their ids', () => {
    expect(
      word(
        row(
          'CAMPAIGN_UPDATED',
          'block:Khối tổ dân phố',
          { leaderUnitId: null, criteriaSetId: 'cs1' },
          { leaderUnitId: 'u1', criteriaSetId: 'cs2' },
        ),
      ),
    ).toEqual({
      what: 'Đổi khối trưởng của “Khối tổ dân phố”; Đổi bộ tiêu chí của “Khối tổ dân phố”',
      old: 'không có; Bộ tiêu chí chung',
      new: 'Tổ dân phố 1; Bộ tiêu chí tổ dân phố',
    });
    expect(word(row('CAMPAIGN_UPDATED', null, { organizerUnitId: null }, { organizerUnitId: 'vh' }))).toEqual({
      what: 'Đổi đơn vị tổ chức',
      old: 'không có',
      new: 'Phòng Văn hóa - Xã hội',
    });
    expect(word(row('CAMPAIGN_UPDATED', 'reviewerBlocks:thamdinh', [], ['Khối tổ dân phố']))).toEqual({
      what: 'Đổi phạm vi thẩm định của thamdinh',
      old: 'mọi khối',
      new: 'Khối tổ dân phố',
    });
    expect(word(row('QUOTA_BASES_FROZEN', 'quotaBases', null, { b1: { t1: 3 } }))?.new).toBe(
      'Khối tổ dân phố: Xuất sắc 3',
    );
    expect(word(row('SHEET_MARKED', 'mark', null, 'NOT_SUBMITTED'))).toEqual({
      what: 'Đánh dấu',
      old: null,
      new: 'Không nộp',
    });
  });

  it('leaves plain score and status rows to the trail', () => {
    expect(word(row('SCORE_REVIEWED', 'reviewedScore', 4, 3))).toBeNull();
    expect(word(row('CAMPAIGN_UPDATED', 'somethingNew', 1, 2))).toBeNull();
  });

  it('words who did the first round and the reply window a return opened, not their raw values', () => {
    expect(
      word(row('SHEET_FIRST_REVIEWED', 'status', 'SUBMITTED', { status: 'FIRST_REVIEWED', by: 'BLOCK_LEADER' })),
    ).toEqual({
      what: 'Khối trưởng thẩm định vòng 1',
      old: i18n.t('campaigns.sheetStatus.SUBMITTED'),
      new: i18n.t('campaigns.sheetStatus.FIRST_REVIEWED'),
    });
    const returned = word(
      row('SHEET_RETURNED', 'replyDueAt', null, { replyDueAt: '2026-12-04T00:15:00.000Z', by: 'BLOCK_LEADER' }),
    );
    expect(returned?.what).toBe('Hạn trả lời sau khi khối trưởng trả lại');
    expect(returned?.old).toBeNull();
    expect(returned?.new).toMatch(/2026/);
    expect(word(row('SHEET_RETURNED', 'status', 'SUBMITTED', 'RETURNED'))).toBeNull();
  });
});

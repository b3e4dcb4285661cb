import type { CommendationFormDefinition, FormReference } from './form-rules.js';
import { formProblems, NEW_FORM_SETTINGS, nextConditionId } from './form-rules.js';
import { WARD_COMMENDATION_FORMS } from './ward-forms.js';

const catalogue: FormReference[] = WARD_COMMENDATION_FORMS.map((f) => ({
  code: f.code,
  recipientKind: f.recipientKind,
}));

function collective(overrides: Partial<CommendationFormDefinition> = {}): CommendationFormDefinition {
  return {
    ...NEW_FORM_SETTINGS,
    code: 'GIAY_KHEN_THU',
    name: 'Giấy khen thử',
    certificateHeading: 'GIẤY KHEN',
    position: 0,
    ...overrides,
  };
}

const codes = (form: CommendationFormDefinition) => formProblems(form, catalogue).map((p) => `${p.field}:${p.code}`);

describe('the ward catalogue', () => {
  it('passes its own rules, every form with a legal basis and stable, unique codes', () => {
    for (const form of WARD_COMMENDATION_FORMS) {
      expect({ code: form.code, problems: formProblems(form, catalogue) }).toEqual({ code: form.code, problems: [] });
      expect(form.legalBasis.length).toBeGreaterThan(10);
    }
    expect(new Set(WARD_COMMENDATION_FORMS.map((f) => f.code)).size).toBe(WARD_COMMENDATION_FORMS.length);
  });

  it('confers only the ward-level forms and proposes the higher ones upward', () => {
    const upward = WARD_COMMENDATION_FORMS.filter((f) => f.authority === 'PROPOSE_UPWARD').map((f) => f.code);
    expect(upward).toContain('TAP_THE_LAO_DONG_XUAT_SAC');
    expect(upward).not.toContain('TAP_THE_LAO_DONG_TIEN_TIEN');
    const ttldtt = WARD_COMMENDATION_FORMS.find((f) => f.code === 'TAP_THE_LAO_DONG_TIEN_TIEN');
    expect(ttldtt?.conditions.find((c) => c.kind === 'MEMBER_SHARE')).toMatchObject({ value: 50, strict: true });
  });
});

describe('formProblems', () => {
  it('accepts a well-formed collective form', () => {
    expect(codes(collective())).toEqual([]);
  });

  it('refuses a bad code, an empty or decomposed name and a long one', () => {
    expect(codes(collective({ code: 'giay-khen' }))).toEqual(['code:CODE_FORMAT']);
    expect(codes(collective({ name: '  ' }))).toEqual(['name:REQUIRED']);
    expect(codes(collective({ name: 'Gia\u0301y khen' }))).toEqual(['name:NOT_NFC']);
    expect(codes(collective({ name: 'x'.repeat(201) }))).toEqual(['name:TOO_LONG']);
  });

  it('allows only CONFIRMED conditions on an individual form, and no unit kinds', () => {
    const form = collective({
      recipientKind: 'INDIVIDUAL',
      unitKinds: ['SCHOOL'],
      conditions: [
        { id: 'c1', kind: 'MIN_TOTAL', label: 'Từ 90 điểm', value: 90 },
        { id: 'c2', kind: 'CONFIRMED', label: 'Chấp hành tốt' },
      ],
    });
    expect(codes(form)).toEqual(['unitKinds:KIND_NOT_ALLOWED', 'conditions.0.kind:KIND_NOT_ALLOWED']);
  });

  it('checks the values: percent 0–100, points ≥ 0, a whole rank ≥ 1, a value where one is needed', () => {
    const form = collective({
      conditions: [
        { id: 'c1', kind: 'GROUP_FLOOR', label: 'Mỗi tiêu chuẩn', value: 120 },
        { id: 'c2', kind: 'MIN_TOTAL', label: 'Điểm', value: -1 },
        { id: 'c3', kind: 'MAX_RANK', label: 'Hạng', value: 0.5 },
        { id: 'c4', kind: 'MIN_TOTAL', label: 'Điểm', value: null },
      ],
    });
    expect(codes(form)).toEqual([
      'conditions.0.value:OUT_OF_RANGE',
      'conditions.1.value:OUT_OF_RANGE',
      'conditions.2.value:OUT_OF_RANGE',
      'conditions.3.value:VALUE_REQUIRED',
    ]);
  });

  it('needs an existing individual form and a population kind for MEMBER_SHARE', () => {
    const share = { kind: 'MEMBER_SHARE' as const, label: 'Trên 50%', value: 50 };
    const form = collective({
      conditions: [
        { ...share, id: 'c1', formCode: 'KHONG_CO', populationKind: 'CIVIL_SERVANTS' },
        { ...share, id: 'c2', formCode: 'TAP_THE_LAO_DONG_TIEN_TIEN', populationKind: 'CIVIL_SERVANTS' },
        { ...share, id: 'c3', formCode: 'LAO_DONG_TIEN_TIEN', populationKind: null },
        { ...share, id: 'c4', formCode: null, populationKind: 'SCHOOL_STAFF' },
      ],
    });
    expect(codes(form)).toEqual([
      'conditions.0.formCode:FORM_UNKNOWN',
      'conditions.1.formCode:FORM_NOT_INDIVIDUAL',
      'conditions.2.populationKind:REQUIRED',
      'conditions.3.formCode:REQUIRED',
    ]);
  });

  it('knows the unit kinds and the shape of a population kind code', () => {
    expect(codes(collective({ unitKinds: ['NEIGHBORHOOD_GROUP', 'CASTLE'] }))).toEqual(['unitKinds:KIND_NOT_ALLOWED']);
    const share = { id: 'c1', kind: 'MEMBER_SHARE' as const, label: 'Trên 50%', value: 50 };
    expect(
      codes(collective({ conditions: [{ ...share, formCode: 'LAO_DONG_TIEN_TIEN', populationKind: 'công chức' }] })),
    ).toEqual(['conditions.0.populationKind:CODE_FORMAT']);
  });

  it('refuses duplicate condition ids', () => {
    const form = collective({
      conditions: [
        { id: 'c1', kind: 'CONFIRMED', label: 'A' },
        { id: 'c1', kind: 'CONFIRMED', label: 'B' },
      ],
    });
    expect(codes(form)).toEqual(['conditions.1.id:DUPLICATE']);
  });

  it('keeps the quota coherent: a base form that exists, is another form, and has a percentage', () => {
    expect(codes(collective({ quotaPercent: 20, quotaOfFormCode: 'TAP_THE_LAO_DONG_TIEN_TIEN' }))).toEqual([]);
    expect(codes(collective({ quotaPercent: null, quotaOfFormCode: 'TAP_THE_LAO_DONG_TIEN_TIEN' }))).toEqual([
      'quotaOfFormCode:QUOTA_INCOHERENT',
    ]);
    expect(codes(collective({ quotaPercent: 20, quotaOfFormCode: 'GIAY_KHEN_THU' }))).toEqual([
      'quotaOfFormCode:QUOTA_INCOHERENT',
    ]);
    expect(codes(collective({ quotaPercent: 20, quotaOfFormCode: 'KHONG_CO' }))).toEqual([
      'quotaOfFormCode:FORM_UNKNOWN',
    ]);
    expect(codes(collective({ quotaPercent: 101, quotaMinimum: -1 }))).toEqual([
      'quotaPercent:OUT_OF_RANGE',
      'quotaMinimum:OUT_OF_RANGE',
    ]);
  });

  it('bounds the posting days (0–60) and the approval threshold (50–100)', () => {
    expect(codes(collective({ postingDays: 61, approvalPercent: 49 }))).toEqual([
      'postingDays:OUT_OF_RANGE',
      'approvalPercent:OUT_OF_RANGE',
    ]);
    expect(codes(collective({ postingDays: 0, approvalPercent: 100 }))).toEqual([]);
  });
});

describe('nextConditionId', () => {
  it('gives the next free "cN"', () => {
    expect(nextConditionId([])).toBe('c1');
    expect(nextConditionId([{ id: 'c1' }, { id: 'c3' }])).toBe('c4');
    expect(nextConditionId([{ id: 'c2' }])).toBe('c3');
  });
});

import { WARD_COMMENDATION_FORMS } from '@thidua/shared';
import { CommendationEvent } from '../entities/commendation-event.entity.js';
import { CommendationForm } from '../entities/commendation-form.entity.js';
import { createNeighbourhoodGroups } from '../../campaigns/sheets/testing/sheet-scenario.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';

const FORM_FIELDS = `id code name recipientKind authority period legalBasis unitKinds quotaPercent quotaOfFormCode
  quotaMinimum postingDays approvalPercent secretBallot certificateHeading active position
  conditions { id kind label value formCode populationKind strict evidenceRequired }`;

interface FormRow {
  id: string;
  code: string;
  name: string;
  recipientKind: string;
  authority: string;
  active: boolean;
  position: number;
  postingDays: number;
  conditions: { id: string; kind: string; value: number | null; formCode: string | null; strict: boolean }[];
}

const LIST = `query($all: Boolean) { commendationForms(includeInactive: $all) { ${FORM_FIELDS} } }`;
const CREATE = `mutation($input: CreateCommendationFormInput!) { createCommendationForm(input: $input) { ${FORM_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCommendationFormInput!) { updateCommendationForm(input: $input) { ${FORM_FIELDS} } }`;

const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;

describe('the catalogue of commendation forms', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officer: string;

  const list = async (token: string, all = false) =>
    (await app.gql<{ commendationForms: FormRow[] }>(LIST, { all }, token)).data?.commendationForms ?? [];
  const create = (token: string, input: Record<string, unknown>) =>
    app.gql<{ createCommendationForm: FormRow }>(CREATE, { input }, token);
  const update = (token: string, input: Record<string, unknown>) =>
    app.gql<{ updateCommendationForm: FormRow }>(UPDATE, { input }, token);
  const events = () => app.dataSource.getRepository(CommendationEvent).find({ order: { at: 'ASC' } });
  const snapshot = async () => ({
    forms: await app.dataSource.getRepository(CommendationForm).find({ order: { code: 'ASC' } }),
    events: (await events()).length,
  });

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    const units = await createNeighbourhoodGroups(app, ['TDP-01']);
    officer = await app.tokenFor('UNIT_OFFICER', units['TDP-01']);
  });
  afterAll(() => app.close());

  it('is seeded on boot with the ward forms, in order, each recorded as created by the system', async () => {
    const forms = await list(reviewer);
    expect(forms.map((f) => f.code)).toEqual(WARD_COMMENDATION_FORMS.map((f) => f.code));
    const ttldtt = forms.find((f) => f.code === 'TAP_THE_LAO_DONG_TIEN_TIEN');
    expect(ttldtt?.conditions.find((c) => c.kind === 'MEMBER_SHARE')).toMatchObject({
      value: 50,
      formCode: 'LAO_DONG_TIEN_TIEN',
      strict: true,
    });
    expect(forms.find((f) => f.code === 'TAP_THE_LAO_DONG_XUAT_SAC')?.authority).toBe('PROPOSE_UPWARD');
    const seeded = (await events()).filter((e) => e.action === 'FORM_CREATED');
    expect(seeded).toHaveLength(WARD_COMMENDATION_FORMS.length);
    expect(seeded.every((e) => e.actorId === null)).toBe(true);
  });

  it('lets the admin create a form, normalizing its texts, and audits it', async () => {
    const r = await create(admin, {
      code: 'GIAY_KHEN_HOC_SINH',
      name: '  Giấy khen   học sinh tiêu biểu ',
      recipientKind: 'INDIVIDUAL',
      period: 'THEMATIC',
      conditions: [{ id: 'c1', kind: 'CONFIRMED', label: 'Chấp hành tốt nội quy', evidenceRequired: true }],
      postingDays: 5,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.createCommendationForm).toMatchObject({
      name: 'Giấy khen học sinh tiêu biểu',
      recipientKind: 'INDIVIDUAL',
      authority: 'CONFER',
      postingDays: 5,
      active: true,
    });
    const last = (await events()).at(-1);
    expect(last).toMatchObject({
      action: 'FORM_CREATED',
      detail: expect.objectContaining({ code: 'GIAY_KHEN_HOC_SINH' }),
    });
    expect(last?.actorId).not.toBeNull();
  });

  it('edits a form with the old and new values in the trail, and retires it instead of deleting', async () => {
    const form = (await list(admin)).find((f) => f.code === 'GIAY_KHEN_HOC_SINH')!;
    const r = await update(admin, { id: form.id, postingDays: 7, active: false });
    expect(r.data?.updateCommendationForm).toMatchObject({ postingDays: 7, active: false });
    expect((await events()).at(-1)).toMatchObject({
      action: 'FORM_UPDATED',
      detail: { changes: { postingDays: { from: 5, to: 7 }, active: { from: true, to: false } } },
    });
    expect((await list(admin)).map((f) => f.code)).not.toContain('GIAY_KHEN_HOC_SINH');
    expect((await list(admin, true)).map((f) => f.code)).toContain('GIAY_KHEN_HOC_SINH');
  });

  it('refuses an invalid form with a problem per field, and changes nothing', async () => {
    const before = await snapshot();
    const ttldtt = before.forms.find((f) => f.code === 'TAP_THE_LAO_DONG_TIEN_TIEN')!;
    const bad = await update(admin, {
      id: ttldtt.id,
      postingDays: 90,
      conditions: [
        {
          id: 'c1',
          kind: 'MEMBER_SHARE',
          label: 'Trên 50%',
          value: 150,
          formCode: 'KHONG_CO',
          populationKind: 'CIVIL_SERVANTS',
        },
        { id: 'c1', kind: 'CONFIRMED', label: 'Không có ai bị kỷ luật' },
      ],
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORM_INVALID' });
    expect(errorOf(bad)?.details?.problems).toEqual(
      expect.arrayContaining([
        { field: 'postingDays', code: 'OUT_OF_RANGE' },
        { field: 'conditions.0.value', code: 'OUT_OF_RANGE' },
        { field: 'conditions.0.formCode', code: 'FORM_UNKNOWN' },
        { field: 'conditions.1.id', code: 'DUPLICATE' },
      ]),
    );
    const individual = await create(admin, {
      code: 'CA_NHAN_DIEM',
      name: 'Cá nhân theo điểm',
      recipientKind: 'INDIVIDUAL',
      conditions: [{ id: 'c1', kind: 'MIN_TOTAL', label: 'Từ 90 điểm', value: 90 }],
    });
    expect(errorOf(individual)?.details?.problems).toEqual([{ field: 'conditions.0.kind', code: 'KIND_NOT_ALLOWED' }]);
    const taken = await create(admin, { code: 'LAO_DONG_TIEN_TIEN', name: 'Trùng mã' });
    expect(errorOf(taken)).toMatchObject({ code: 'CONFLICT', reason: 'FORM_CODE_TAKEN' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to turn a form other forms count among members into a collective one (FORM_IN_USE)', async () => {
    const before = await snapshot();
    const ldtt = before.forms.find((f) => f.code === 'LAO_DONG_TIEN_TIEN')!;
    const r = await update(admin, { id: ldtt.id, recipientKind: 'COLLECTIVE' });
    expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', reason: 'FORM_IN_USE' });
    expect(errorOf(r)?.details?.referencedBy).toEqual(
      expect.arrayContaining(['TAP_THE_LAO_DONG_TIEN_TIEN', 'TAP_THE_LAO_DONG_XUAT_SAC']),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('lets a reviewer read but not write, and a unit officer not even read', async () => {
    const before = await snapshot();
    expect((await list(reviewer)).length).toBeGreaterThan(0);
    const form = before.forms[0];
    expect(errorOf(await update(reviewer, { id: form.id, postingDays: 3 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await create(reviewer, { code: 'MOI', name: 'Mới' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await app.gql(LIST, {}, officer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);
  });
});

import { activityFigures, type ActivityFigureRow } from '@thidua/shared';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { Person } from '../../people/entities/person.entity.js';
import { ActivityAttendee, Activity, ActivityPlan } from '../entities/index.js';
import { ActivityFiguresService } from './activity-figures.js';

describe('activity figures from the log (real PostgreSQL)', () => {
  let app: TestApp;
  const u: Record<string, string> = {};
  let planId: string;
  const rows: ActivityFigureRow[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    const unit = async (code: string, parentId: string | null) => {
      const [row]: { id: string }[] = await app.dataSource.query(
        `INSERT INTO unit (code, name, search_text, kind, parent_id, population_kind)
         VALUES ($1::varchar, $1::varchar, lower($1::varchar), 'TDP', $2, 'RESIDENTS') RETURNING id`,
        [code, parentId],
      );
      return row.id;
    };
    u.W = await unit('FIG-W', null);
    u.A = await unit('FIG-A', u.W);
    u.A1 = await unit('FIG-A1', u.A);
    u.B = await unit('FIG-B', u.W);
    const plans = app.dataSource.getRepository(ActivityPlan);
    planId = (await plans.save(plans.create({ title: 'Kế hoạch', startsOn: '2026-01-01', endsOn: '2026-12-31' }))).id;
    const people = app.dataSource.getRepository(Person);
    const person = (unitId: string, name: string) =>
      people.save(
        people.create({
          unitId,
          kind: 'PARTY_MEMBERS',
          fullName: name,
          searchText: name,
          birthYear: 1970,
          identityKey: `${name}|1970`,
        }),
      );
    const p1 = await person(u.A, 'an');
    const p2 = await person(u.A1, 'binh');
    const repo = app.dataSource.getRepository(Activity);
    const add = async (unitId: string, over: Partial<Activity>, attendees: Person[] = []) => {
      const a = await repo.save(
        repo.create({
          planId,
          unitId,
          form: 'ORAL',
          kind: 'PARTY_CELL_MEETING',
          status: 'SUBMITTED',
          occurredOn: '2026-03-10',
          attendeeCount: 10,
          ...over,
        }),
      );
      for (const p of attendees)
        await app.dataSource.getRepository(ActivityAttendee).save({ activityId: a.id, personId: p.id });
      rows.push({
        id: a.id,
        unitId,
        form: a.form,
        kind: a.kind,
        status: a.status,
        occurredOn: a.occurredOn,
        quantity: a.quantity ?? null,
        attendeeCount: a.attendeeCount ?? null,
        attendees: attendees.map((p) => ({ personId: p.id, personKind: p.kind })),
      });
    };
    await add(u.A, { occurredOn: '2026-03-01' }, [p1]);
    await add(u.A, { occurredOn: '2026-03-31' }, [p1]);
    await add(u.A1, {}, [p2]);
    await add(u.A, { status: 'DRAFT' }, [p1]);
    await add(u.A, { status: 'CORRECTION_REQUESTED' });
    await add(u.A, { occurredOn: '2026-02-28' });
    await add(u.A, { occurredOn: '2026-04-01' });
    await add(u.B, { form: 'VISUAL', kind: 'BANNER', quantity: 4, attendeeCount: null });
  });

  afterAll(() => app.close());

  it('equals the figure recomputed from the rows: own unit, with sub-units, drafts and corrections excluded, edges inclusive', async () => {
    const service = app.server.app.get(ActivityFiguresService);
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const own = await service.figures({ planId, unitIds: [u.A, u.B], includeSubUnits: false, ...period });
    const tree = await service.figures({ planId, unitIds: [u.A, u.W], includeSubUnits: true, ...period });
    expect(own.get(u.A)).toEqual(
      activityFigures(
        rows.filter((r) => r.unitId === u.A),
        period,
      ),
    );
    expect(own.get(u.A)!.activityCount).toBe(2);
    expect(own.get(u.A)!.attendeesByKind).toEqual({ PARTY_MEMBERS: 1 });
    expect(tree.get(u.A)).toEqual(
      activityFigures(
        rows.filter((r) => r.unitId === u.A || r.unitId === u.A1),
        period,
      ),
    );
    expect(tree.get(u.A)!.attendeesByKind).toEqual({ PARTY_MEMBERS: 2 });
    expect(tree.get(u.W)!.activityCount).toBe(4);
    expect(own.get(u.B)!.quantity).toBe(4);
    const oral = await service.figures({ planId, unitIds: [u.W], includeSubUnits: true, form: 'ORAL', ...period });
    expect(oral.get(u.W)!.activityCount).toBe(3);
    const rates = await service.attendanceRates(
      { planId, unitIds: [u.A], includeSubUnits: true, ...period },
      'PARTY_MEMBERS',
    );
    expect(rates.get(u.A)!.rate).toBe(1);
    expect(rates.get(u.A)!.population.size).toBe(2);
  });
});

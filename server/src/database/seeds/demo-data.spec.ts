import {
  DEFAULT_POPULATION_KINDS,
  hasQuorum,
  isAllowedParent,
  parsePersonalCode,
  WARD_COMMENDATION_FORMS,
} from '@thidua/shared';
import {
  DEMO_ACCOUNTS,
  DEMO_BLOCKS,
  DEMO_CRITERIA_SETS,
  DEMO_INTERIM,
  DEMO_ORGANIZER_CODE,
  DEMO_PERFORMANCE,
} from './demo-campaign.js';
import {
  DEMO_COMMENDATION_DAYS,
  DEMO_COUNCIL,
  DEMO_CSTDCS_INDIVIDUALS,
  DEMO_DECISION_NUMBER,
  DEMO_GIAY_KHEN_INDIVIDUALS,
  DEMO_LDTT_INDIVIDUALS,
  DEMO_TTLDTT_UNITS,
} from './demo-commendation.js';
import { DEMO_CONTENT } from './demo-content.js';
import { DEMO_CONTEST_DRAW, DEMO_CONTEST_RESOLUTION_CODE } from './demo-contest.js';
import { DEMO_ORGANIZATION } from './demo-organization.js';
import { DEMO_CLASSES, DEMO_NEIGHBORHOODS, DEMO_SCHOOL_YEAR, demoIdentityKey, demoPeople } from './demo-people.js';

/** The demo files refer to each other by code and key: a typo would load a demo with holes. */
describe('demo data', () => {
  const units = new Map(DEMO_ORGANIZATION.map((u) => [u.code, u]));

  it('lists each unit once, parents first, under a parent of an allowed kind', () => {
    expect(units.size).toBe(DEMO_ORGANIZATION.length);
    const seen = new Set<string>();
    for (const unit of DEMO_ORGANIZATION) {
      const parent = unit.parentCode ? units.get(unit.parentCode) : undefined;
      if (unit.parentCode) expect(seen.has(unit.parentCode)).toBe(true);
      expect(isAllowedParent(unit.kind, parent?.kind ?? null)).toBe(true);
      seen.add(unit.code);
    }
  });

  it('builds the campaign over units of the demo organization, one criteria set per block', () => {
    const codes = [
      ...DEMO_BLOCKS.flatMap((b) => [b.leaderCode, ...b.unitCodes]),
      ...Object.keys(DEMO_INTERIM),
      ...Object.keys(DEMO_PERFORMANCE),
      ...DEMO_ACCOUNTS.map((a) => a.unitCode),
      DEMO_ORGANIZER_CODE,
    ];
    expect(codes.filter((code) => !units.has(code))).toEqual([]);
    expect(DEMO_BLOCKS.map((b) => b.criteriaSet)).toEqual(DEMO_CRITERIA_SETS.map((s) => s.key));
  });

  it('declares the households of every TDP, as many as its household list where it has one', () => {
    const tdps = DEMO_ORGANIZATION.filter((u) => u.kind === 'NEIGHBORHOOD_GROUP');
    expect(tdps.filter((u) => !(u.alsoDeclared?.HOUSEHOLDS ?? 0))).toEqual([]);
    for (const n of DEMO_NEIGHBORHOODS) expect(units.get(n.code)!.alsoDeclared).toEqual({ HOUSEHOLDS: n.households });
  });

  it('draws the contest from sections of the demo content pack', () => {
    const sections = new Set(DEMO_CONTENT.sections.map((s) => s.key));
    expect(DEMO_CONTEST_RESOLUTION_CODE).toBe(DEMO_CONTENT.resolution.code);
    expect(DEMO_CONTEST_DRAW.filter(([key]) => !sections.has(key))).toEqual([]);
  });

  it('quizzes only questions of the pack, each in a section of the pack', () => {
    const questions = new Set(DEMO_CONTENT.questions.map((q) => q.key));
    const sections = new Set(DEMO_CONTENT.sections.map((s) => s.key));
    expect(DEMO_CONTENT.quiz.questionKeys.filter((key) => !questions.has(key))).toEqual([]);
    expect(DEMO_CONTENT.questions.filter((q) => !sections.has(q.sectionKey)).map((q) => q.key)).toEqual([]);
  });

  describe('rosters', () => {
    const people = demoPeople();
    const count = (unitCode: string, kind: string) =>
      people.filter((p) => p.unitCode === unitCode && p.kind === kind).length;

    it('are the same on every run, in units of the demo organization, of default kinds', () => {
      expect(demoPeople()).toEqual(people);
      expect(people.filter((p) => !units.has(p.unitCode))).toEqual([]);
      const kinds = new Set(DEFAULT_POPULATION_KINDS.map((k) => k.code));
      expect(people.filter((p) => !kinds.has(p.kind))).toEqual([]);
      expect(people.length).toBeGreaterThan(1000);
    });

    it('have NFC names of three words or more, valid unique personal codes and no duplicate within a unit', () => {
      for (const p of people) {
        expect(p.fullName).toBe(p.fullName.normalize('NFC'));
        expect(p.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
        expect(parsePersonalCode(p.personalCode)).toBe(p.personalCode);
        expect(p.subUnit.length).toBeLessThanOrEqual(60);
        if (p.birthDate) expect(Number(p.birthDate.slice(0, 4))).toBe(p.birthYear);
      }
      expect(new Set(people.map((p) => p.personalCode)).size).toBe(people.length);
      expect(new Set(people.map((p) => `${p.unitCode}|${p.kind}|${demoIdentityKey(p)}`)).size).toBe(people.length);
    });

    it('list each class with its declared size and pupils born in the year of their grade', () => {
      for (const c of DEMO_CLASSES) {
        expect(count(c.code, 'STUDENTS')).toBe(units.get(c.code)!.eligiblePopulation);
        const years = new Set(people.filter((p) => p.unitCode === c.code).map((p) => p.birthYear));
        expect([...years]).toEqual([DEMO_SCHOOL_YEAR - 5 - c.grade]);
      }
      expect(count('TH-HAI-AN-3B', 'STUDENTS')).toBe(30);
    });

    it('count the preschool by its staff, not its children, and each department by its civil servants', () => {
      expect(people.filter((p) => p.unitCode.startsWith('MN-HAI-AN') && p.kind === 'STUDENTS')).toEqual([]);
      expect(units.get('MN-HAI-AN')).toMatchObject({ populationKind: 'SCHOOL_STAFF' });
      expect(count('MN-HAI-AN', 'SCHOOL_STAFF')).toBe(units.get('MN-HAI-AN')!.eligiblePopulation);
      for (const code of ['PHONG-VHXH', 'PHONG-KT-HT-DT', 'VP-HDND-UBND', 'TT-DV-SU-NGHIEP-CONG']) {
        expect(units.get(code)).toMatchObject({ populationKind: 'CIVIL_SERVANTS' });
        expect(count(code, 'CIVIL_SERVANTS')).toBe(units.get(code)!.eligiblePopulation);
      }
    });

    it('give a TDP one household per head, adult residents at its addresses, and Party members among them', () => {
      const households = people.filter((p) => p.unitCode === 'TDP-02' && p.kind === 'HOUSEHOLDS');
      const residents = people.filter((p) => p.unitCode === 'TDP-02' && p.kind === 'RESIDENTS');
      expect(households).toHaveLength(40);
      const residentKeys = new Set(residents.map((r) => `${demoIdentityKey(r)}|${r.subUnit}`));
      expect(households.filter((h) => !residentKeys.has(`${demoIdentityKey(h)}|${h.subUnit}`))).toEqual([]);
      expect(residents.every((r) => DEMO_SCHOOL_YEAR - r.birthYear >= 18)).toBe(true);
      expect(residents.length).toBeGreaterThan(households.length * 1.8);
      expect(count('TDP-02', 'PARTY_MEMBERS')).toBe(14);
    });
  });

  describe('commendation', () => {
    const people = demoPeople();
    const staff = (code: string) => people.filter((p) => p.unitCode === code && p.kind === 'CIVIL_SERVANTS').length;

    it('picks every individual from a demo roster, once per form, with the line printed under the name', () => {
      const picks = [...DEMO_GIAY_KHEN_INDIVIDUALS, ...DEMO_LDTT_INDIVIDUALS, ...DEMO_CSTDCS_INDIVIDUALS];
      for (const pick of picks) {
        expect(people.filter((p) => p.unitCode === pick.unitCode && p.kind === pick.kind)[pick.index]).toBeDefined();
        expect(pick.detail).not.toBe('');
      }
      expect(new Set(picks.map((p) => `${p.formCode}|${p.unitCode}|${p.kind}|${p.index}`)).size).toBe(picks.length);
    });

    it('proposes only forms the ward confers, never “Tập thể lao động xuất sắc”', () => {
      const codes = [...DEMO_GIAY_KHEN_INDIVIDUALS, ...DEMO_LDTT_INDIVIDUALS, ...DEMO_CSTDCS_INDIVIDUALS].map(
        (p) => p.formCode,
      );
      // The "Chiến sĩ thi đua cơ sở" is a "Lao động tiên tiến" of the same year (its first condition).
      for (const c of DEMO_CSTDCS_INDIVIDUALS) {
        expect(DEMO_LDTT_INDIVIDUALS.some((l) => l.unitCode === c.unitCode && l.index === c.index)).toBe(true);
      }
      for (const code of [...codes, 'TAP_THE_LAO_DONG_TIEN_TIEN']) {
        expect(WARD_COMMENDATION_FORMS.find((f) => f.code === code)).toMatchObject({ authority: 'CONFER' });
      }
      expect(codes).not.toContain('TAP_THE_LAO_DONG_XUAT_SAC');
    });

    it('makes one department’s “Tập thể lao động tiên tiến” reachable (more than half its members LĐTT) and the other’s not', () => {
      const holders = (code: string) => DEMO_LDTT_INDIVIDUALS.filter((p) => p.unitCode === code).length;
      const [met, unmet] = DEMO_TTLDTT_UNITS;
      expect(holders(met) / staff(met)).toBeGreaterThan(0.5);
      expect(holders(unmet) / staff(unmet)).toBeLessThanOrEqual(0.5);
    });

    it('seats a council of 7 to 9 with one chair and one secretary, one member absent and a quorum all the same', () => {
      expect(DEMO_COUNCIL.length).toBeGreaterThanOrEqual(7);
      expect(DEMO_COUNCIL.length).toBeLessThanOrEqual(9);
      expect(DEMO_COUNCIL.filter((c) => c.role === 'CHAIR')).toHaveLength(1);
      expect(DEMO_COUNCIL.filter((c) => c.role === 'SECRETARY')).toHaveLength(1);
      expect(DEMO_COUNCIL.filter((c) => !c.present)).toHaveLength(1);
      expect(hasQuorum(DEMO_COUNCIL.filter((c) => c.present).length, DEMO_COUNCIL.length)).toBe(true);
    });

    it('dates the story in order: tờ trình, council, posting, comment, decision after the posting’s 10 days', () => {
      const d = DEMO_COMMENDATION_DAYS;
      expect(d.submission).toBeLessThan(d.council);
      expect(d.council).toBeLessThan(d.postingStart);
      expect(d.postingStart).toBeLessThan(d.comment);
      expect(d.comment).toBeLessThan(d.handled);
      expect(d.postingStart + 10).toBeLessThan(d.decision);
      expect(d.decision).toBeLessThan(0);
      expect(DEMO_DECISION_NUMBER).toMatch(/^\d+\/QĐ-UBND$/);
    });
  });
});

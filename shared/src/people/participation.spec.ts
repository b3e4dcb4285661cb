import { participation } from './participation.js';

const pupils = { kind: 'STUDENTS', size: 25, source: 'ROSTER' as const };
const guest = (id: string) => ({ id, personId: null, personKind: null });
const pupil = (id: string, personId = `person-${id}`) => ({ id, personId, personKind: 'STUDENTS' });

describe('participation', () => {
  it('counts distinct verified persons of the kind and nothing else', () => {
    const result = participation(
      [
        pupil('a'),
        pupil('b'),
        pupil('c', 'person-a'),
        guest('g1'),
        guest('g2'),
        { id: 't', personId: 'teacher', personKind: 'SCHOOL_STAFF' },
      ],
      pupils,
      'ANSWERED',
    );
    expect(result).toMatchObject({ verified: 2, guests: 2, otherKinds: 1, population: 25, rate: 2 / 25 });
  });

  it('gives 25 invented guests a rate of 0', () => {
    const bots = Array.from({ length: 25 }, (_, i) => guest(`bot-${i}`));
    expect(participation(bots, pupils, 'SUBMITTED').rate).toBe(0);
  });

  it('is 0 without a population and never above 1', () => {
    expect(participation([pupil('a')], { ...pupils, size: 0 }, 'ANSWERED').rate).toBe(0);
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, personId: null, personKind: null }));
    expect(participation(many, pupils, 'ANSWERED', 'BEFORE_ROSTERS').rate).toBe(1);
  });

  it('before rosters divides by the declared number, as the figures were then, even once a roster exists', () => {
    const result = participation([guest('a')], { ...pupils, declared: 40 }, 'ANSWERED', 'BEFORE_ROSTERS');
    expect(result).toMatchObject({ verified: 1, population: 40, populationSource: 'DECLARED', rate: 1 / 40 });
    expect(participation([pupil('a')], { ...pupils, declared: 40 }, 'ANSWERED').population).toBe(25);
  });

  it('before rosters counts every participant, as the figures were then', () => {
    const result = participation(
      [guest('a'), guest('b')],
      { ...pupils, source: 'DECLARED' },
      'ANSWERED',
      'BEFORE_ROSTERS',
    );
    expect(result).toMatchObject({ verified: 2, guests: 0, rate: 2 / 25, basis: 'BEFORE_ROSTERS' });
  });
});

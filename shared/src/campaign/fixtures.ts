import type { IndicatorDef } from './indicator-tree.js';

/** Factory for indicator definitions in the campaign specs. */
export function indicator(
  overrides: Partial<IndicatorDef> & Pick<IndicatorDef, 'id' | 'kind' | 'maxPoints'>,
): IndicatorDef {
  return { parentId: null, code: overrides.id, title: overrides.id, ...overrides };
}

/** A 100-point tree: G1 (60) = M manual 30 + C count 30, G2 (40) = Y yes/no 20 + T target 20; bonus B 5, penalty P 5. */
export function sampleTree(): IndicatorDef[] {
  return [
    indicator({ id: 'g1', code: '1', kind: 'GROUP', maxPoints: 60, position: 1 }),
    indicator({
      id: 'm',
      code: '1.1',
      kind: 'MANUAL',
      maxPoints: 30,
      step: 0.5,
      parentId: 'g1',
      evidenceRequired: true,
    }),
    indicator({ id: 'c', code: '1.2', kind: 'COUNT', maxPoints: 30, perItemPoints: 4, parentId: 'g1' }),
    indicator({ id: 'g2', code: '2', kind: 'GROUP', maxPoints: 40, position: 2 }),
    indicator({ id: 'y', code: '2.1', kind: 'YES_NO', maxPoints: 20, parentId: 'g2' }),
    indicator({ id: 't', code: '2.2', kind: 'TARGET', maxPoints: 20, target: 8, parentId: 'g2' }),
    indicator({ id: 'b', code: 'B', kind: 'BONUS', maxPoints: 5, position: 3, evidenceRequired: true }),
    indicator({ id: 'p', code: 'P', kind: 'PENALTY', maxPoints: 5, position: 4 }),
  ];
}

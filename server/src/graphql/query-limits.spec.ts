import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { queryLimitsRule } from './query-limits.js';

const schema = buildSchema(`
  type Unit { id: ID! name: String! parent: Unit children: [Unit!]! }
  type Query { unit: Unit }
`);

function errorsOf(query: string): string[] {
  return validate(schema, parse(query), [
    ...specifiedRules,
    queryLimitsRule({ maxDepth: 4, maxAliases: 3, maxCost: 20 }),
  ]).map((e) => String(e.extensions.reason));
}

describe('queryLimitsRule', () => {
  it('lets an ordinary query through', () => {
    expect(errorsOf('{ unit { id name parent { id name } } }')).toEqual([]);
  });

  it('refuses a query nested deeper than allowed, also through fragments', () => {
    expect(errorsOf('{ unit { parent { parent { parent { parent { id } } } } } }')).toEqual(['QUERY_TOO_DEEP']);
    expect(errorsOf('fragment F on Unit { parent { parent { parent { parent { id } } } } } { unit { ...F } }')).toEqual(
      ['QUERY_TOO_DEEP'],
    );
  });

  it('refuses alias floods and oversized selections', () => {
    expect(errorsOf('{ a: unit { id } b: unit { id } c: unit { id } d: unit { id } }')).toEqual(['TOO_MANY_ALIASES']);
    const wide = Array.from({ length: 25 }, () => 'id name').join(' ');
    expect(errorsOf(`{ unit { ${wide} } }`)).toEqual(['QUERY_TOO_COSTLY']);
  });
});

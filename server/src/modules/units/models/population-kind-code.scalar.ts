import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { POPULATION_KIND_CODE } from '@thidua/shared';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !POPULATION_KIND_CODE.test(value)) {
    throw new GraphQLError('A population kind code is capital letters, digits and underscores, e.g. STUDENTS');
  }
  return value;
}

/**
 * A population kind code (STUDENTS, HOUSEHOLDS…). The kinds are data the ward edits, so
 * this is not an enum; it still accepts the enum-style literal (`populationKind: STUDENTS`)
 * that clients wrote when the three first kinds were an enum, as well as a string.
 */
export const PopulationKindCode = new GraphQLScalarType<string, string>({
  name: 'PopulationKindCode',
  description: 'A population kind code such as STUDENTS (see populationKinds); written as a string or a bare name',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.ENUM || ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('A population kind code is a name such as STUDENTS');
  },
});

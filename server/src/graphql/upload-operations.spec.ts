import { UPLOAD_ROOT_FIELDS } from '@thidua/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';

/** Whether an input type carries a base64 file somewhere inside it. */
function carriesFile(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => /base64/i.test(f.name) || carriesFile(f.type, seen));
}

describe('upload operations', () => {
  it('lists exactly the mutations whose input carries a base64 file (so /graphql can stay small)', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const withFiles = mutations.filter((m) => m.args.some((a) => carriesFile(a.type))).map((m) => m.name);
    expect([...UPLOAD_ROOT_FIELDS].sort()).toEqual(withFiles.sort());
  });
});

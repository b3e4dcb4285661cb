import 'reflect-metadata';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { FEATURE_MODULES } from '../app.module.js';
import { ACCESS_METADATA, type AccessRule } from '../common/auth/decorators.js';
import { collectResolvers, SCHEMA_FILE } from './schema-printer.js';

/**
 * Every query and mutation must say who may call it. Public operations must be
 * listed here on purpose: adding one is a decision a reviewer sees in the diff.
 */
const DELIBERATELY_PUBLIC = [
  'playerQuiz',
  'refreshSession',
  'signIn',
  'signOut',
  // Players join live games without accounts: title, phase and the ward's units only.
  'liveGameJoinInfo',
  // Online contest entrants (residents) have no staff account: the contest page is public,
  // registration identifies by phone + birth year, and the rest is authenticated by the
  // entrant token or the per-device attempt token the server issued (stored hashed).
  // A DRAFT contest is not found by either, as an unknown id, except by its editors (contest-visibility.ts).
  'contest',
  // A contest's short link /c/<slug>, printed on the race board and read aloud: it names only the contest's id.
  'contestIdBySlug',
  'registerEntrant',
  'startAttempt',
  'attempt',
  'saveAnswer',
  'submitAttempt',
  'attemptResult',
  // A player or entrant finds their own name on the roster of a unit of that game or contest
  // (at most 8 names, no birth data, limited per address), then proves it with their birth year.
  'rosterCandidates',
  // A commendation round's posted list (niêm yết công khai): residents read names, units and
  // achievements only, and comment without an account, limited per address and per round.
  'publicPosting',
  'submitPostingComment',
];

interface Operation {
  name: string;
  rule: AccessRule | undefined;
}

function operationsOfResolvers(): Operation[] {
  const operations: Operation[] = [];
  for (const resolver of collectResolvers(FEATURE_MODULES)) {
    const prototype = resolver.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[key];
      if (typeof handler !== 'function' || key === 'constructor') continue;
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? key;
      const rule = (Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, resolver)) as
        AccessRule | undefined;
      operations.push({ name, rule });
    }
  }
  return operations;
}

describe('access to GraphQL operations', () => {
  const operations = operationsOfResolvers();
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const schemaOperations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ].sort();

  it('finds a resolver method for every operation of the schema', () => {
    expect(operations.map((o) => o.name).sort()).toEqual(schemaOperations);
  });

  it('has no operation without @Roles or @Public', () => {
    expect(operations.filter((o) => !o.rule).map((o) => o.name)).toEqual([]);
  });

  it('opens to anonymous callers only the operations listed as deliberately public', () => {
    const open = operations
      .filter((o) => o.rule?.kind === 'public')
      .map((o) => o.name)
      .sort();
    expect(open).toEqual([...DELIBERATELY_PUBLIC].sort());
  });

  it('gives every role-guarded operation at least one role', () => {
    const empty = operations.filter((o) => o.rule?.kind === 'roles' && o.rule.roles.length === 0).map((o) => o.name);
    expect(empty).toEqual([]);
  });
});

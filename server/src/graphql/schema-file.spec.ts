import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { printSchemaOfModules, SCHEMA_FILE } from './schema-printer.js';

describe('committed schema.gql', () => {
  it('is what the code-first resolvers generate (run `npm run codegen` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSchemaOfModules());
  });
});

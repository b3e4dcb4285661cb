import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchemaOfModules, SCHEMA_FILE } from '../graphql/schema-printer.js';

/** Writes the committed schema.gql from the code-first resolvers; no database needed. */
printSchemaOfModules()
  .then((sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });

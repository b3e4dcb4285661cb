import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** `import { graphql } from '…/generated'` (the client preset's `graphql()` over every document). */
const GRAPHQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'[^']*\/generated(?:\/index|\/gql)?';?/u;
/** `graphql(`…`)`: a document is a plain template literal, never interpolated. */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/gu;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/u;
/** One generated document: `export const XDocument = {…} as unknown as DocumentNode<…>;`, on one line. */
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gmu;

/**
 * The build's replacement for the codegen client preset's babel plugin: each `graphql(`…`)` call
 * becomes the one document it names (`XDocument`, or `XFragmentDoc` for a fragment), copied from
 * `generated/graphql.ts` into the module that uses it. A chunk then carries the documents its pages
 * use, instead of the map of all of them (half a megabyte that every page, the player's too,
 * downloaded; importing them from `generated/graphql` would still put them all in one chunk).
 */
export function graphqlDocumentImports(generatedFile: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'thidua-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      const generated = readFileSync(generatedFile, 'utf8');
      documents = new Map([...generated.matchAll(GENERATED_DOCUMENT)].map((m) => [m[1], m[2]]));
    },
    transform(code, id) {
      if (!/\.tsx?$/u.test(id) || id.includes('/src/generated/') || !GRAPHQL_IMPORT.test(code)) return null;
      const body = code.replace(GRAPHQL_IMPORT, '').replace(GRAPHQL_CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) throw new Error(`${id}: a graphql() document without a named operation or fragment`);
        const [, kind, name] = definition;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents.get(exported);
        if (!document) throw new Error(`${id}: ${exported} is not in ${generatedFile} (run \`npm run codegen\`)`);
        return `(${document})`;
      });
      if (/\bgraphql\(/u.test(body))
        throw new Error(`${id}: a graphql() call the build cannot replace (documents are plain template literals)`);
      return { code: body, map: null };
    },
  };
}

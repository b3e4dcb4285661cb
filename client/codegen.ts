import type { CodegenConfig } from '@graphql-codegen/cli';

/** The server's committed schema is the source of truth for the client's types. */
const schema = '../server/schema.gql';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', PopulationKindCode: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;

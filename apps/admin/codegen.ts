import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every GraphQL document in the admin app, from the schema the API commits.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;

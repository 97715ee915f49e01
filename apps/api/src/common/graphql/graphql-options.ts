import { ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '../config/app-config';
import { apolloErrorPlugin } from '../errors/apollo-error.plugin';
import { I18nService } from '../i18n/i18n.service';

/** Apollo at /graphql, subscriptions over graphql-ws on the same path; the schema is built from the code. */
export function graphqlOptions(config: AppConfig, i18n: I18nService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    context: ({ req }: { req?: unknown }) => ({ req }),
    plugins: [apolloErrorPlugin(i18n)],
  };
}

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { getNamedType, GraphQLInputObjectType, GraphQLSchema, isInputObjectType } from 'graphql';
import {
  freeTextFields,
  notFreeTextFields,
} from '../../apps/api/src/common/personal-data/free-text.decorator';
import { FREE_TEXT_CASES } from '../support/free-text-cases';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Validators that make a String provably not free text: a value from a code list, an id, or a value that must match a
 * pattern (a date, a language tag, the e-mail of an officer's account).
 */
const PROOFS = new Set([
  'isIn',
  'isEnum',
  'isUuid',
  'matches',
  'isEmail',
  'isTimeZone',
  'isLocale',
  'isISO8601',
  'isDateString',
]);

/** An input or arguments class, as Nest's and class-validator's metadata know it. */
type InputClass = abstract new (...args: never[]) => unknown;

type Verdict = {
  field: string;
  verdict: 'guarded' | 'not free text' | 'read only' | 'UNGUARDED';
  why: string;
};

function validatorProof(type: InputClass, property: string): string | undefined {
  const rules = getMetadataStorage().getTargetValidationMetadatas(
    type as unknown as new () => object,
    '',
    true,
    false,
  );
  return rules.find((rule) => rule.propertyName === property && rule.name && PROOFS.has(rule.name))?.name;
}

function classify(field: string, type: InputClass | undefined, property: string, written: boolean): Verdict {
  if (type && freeTextFields(type).includes(property))
    return { field, verdict: 'guarded', why: '@FreeText()' };
  const reason = type && notFreeTextFields(type).get(property);
  if (reason) return { field, verdict: 'not free text', why: reason };
  const proof = type && validatorProof(type, property);
  if (proof) return { field, verdict: 'not free text', why: proof };
  // A filter or a query argument is matched against stored data and never stored itself.
  if (!written) return { field, verdict: 'read only', why: 'query argument, never stored' };
  return {
    field,
    verdict: 'UNGUARDED',
    why: type ? `${type.name}.${property} has neither @FreeText() nor a proof` : 'no class found',
  };
}

/** Every String input of the schema (input type fields and field arguments), with how it is kept from holding identifiers. */
function verdicts(schema: GraphQLSchema): Verdict[] {
  const inputClasses = new Map(
    TypeMetadataStorage.getInputTypesMetadata().map((meta) => [
      meta.name,
      meta.target as unknown as InputClass,
    ]),
  );
  const resolvers = {
    Query: TypeMetadataStorage.getQueriesMetadata(),
    Mutation: TypeMetadataStorage.getMutationsMetadata(),
    Subscription: TypeMetadataStorage.getSubscriptionsMetadata(),
  };
  const found = new Map<string, Verdict>();
  const add = (verdict: Verdict) => {
    const known = found.get(verdict.field);
    // An input used by a mutation and by a query is judged as written.
    if (!known || known.verdict === 'read only') found.set(verdict.field, verdict);
  };
  const walkInput = (type: GraphQLInputObjectType, written: boolean, seen: Set<string>) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (named.name === 'String')
        add(classify(`${type.name}.${field.name}`, inputClasses.get(type.name), field.name, written));
      if (isInputObjectType(named)) walkInput(named, written, seen);
    }
  };
  for (const [rootName, metas] of Object.entries(resolvers)) {
    const root =
      rootName === 'Query'
        ? schema.getQueryType()
        : rootName === 'Mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const meta = metas.find((m) => m.schemaName === field.name);
      const argsClass = meta?.methodArgs?.find((a) => a.kind === 'args')?.typeFn() as InputClass | undefined;
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (named.name === 'String')
          add(
            classify(`${rootName}.${field.name}(${arg.name})`, argsClass, arg.name, rootName === 'Mutation'),
          );
        if (isInputObjectType(named)) walkInput(named, rootName === 'Mutation', new Set());
      }
    }
  }
  return [...found.values()].sort((a, b) => a.field.localeCompare(b.field));
}

describe('free-text inputs of the schema', () => {
  let t: TestApp;
  let all: Verdict[];
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
    all = verdicts(t.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(() => t.close());

  it('guards every String input that is written, unless it is provably not free text', () => {
    if (process.env.PRINT_FREE_TEXT === '1')
      console.log(all.map((v) => `${v.verdict.padEnd(14)} ${v.field.padEnd(50)} ${v.why}`).join('\n'));
    expect(all.filter((v) => v.verdict === 'UNGUARDED')).toEqual([]);
    // The walk reaches the schema: the known free texts are among the guarded ones.
    expect(all.filter((v) => v.verdict === 'guarded').map((v) => v.field)).toEqual(
      expect.arrayContaining([
        'LogInteractionInput.notes',
        'RaiseReferralInput.details',
        'Mutation.commentDebrief(body)',
      ]),
    );
  });

  it('has an e2e refusal for every guarded field, and only for guarded fields', () => {
    const guarded = all.filter((v) => v.verdict === 'guarded').map((v) => v.field);
    expect(Object.keys(FREE_TEXT_CASES).sort()).toEqual([...guarded].sort());
  });
});

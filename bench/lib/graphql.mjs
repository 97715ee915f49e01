import { Secret, TOTP } from 'otpauth';

/** A minimal GraphQL client over fetch for the harness's own calls (sign-in, checks), not for the load. */
export async function gql(baseUrl, query, variables = {}, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  if (json.errors?.length) {
    const error = json.errors[0];
    throw new Error(`GraphQL ${error.extensions?.code ?? ''}: ${error.message}`);
  }
  return json.data;
}

/** Recovery codes of the bench accounts whose role needs two-step sign-in, set up by `login` on their first sign-in. */
const recoveryCodes = new Map();

/**
 * Signs in; an account whose role needs two-step sign-in gives one of its recovery codes, and the first time (or on a
 * database seeded anew) sets up an authenticator as its owner would, keeping the recovery codes for later sign-ins.
 */
export async function login(baseUrl, email, password) {
  const recoveryCode = recoveryCodes.get(email)?.shift() ?? null;
  const data = await gql(
    baseUrl,
    'mutation ($email: String!, $password: String!, $recoveryCode: String) { login(email: $email, password: $password, recoveryCode: $recoveryCode) { accessToken } }',
    { email, password, recoveryCode },
  );
  const token = data.login.accessToken;
  const { myTwoFactor } = await gql(baseUrl, '{ myTwoFactor { required enabled } }', {}, token);
  if (myTwoFactor.required && !myTwoFactor.enabled) {
    const { beginTwoFactorEnrolment } = await gql(
      baseUrl,
      'mutation { beginTwoFactorEnrolment { secret } }',
      {},
      token,
    );
    const code = new TOTP({
      secret: Secret.fromBase32(beginTwoFactorEnrolment.secret),
      digits: 6,
      period: 30,
    }).generate();
    const { confirmTwoFactorEnrolment } = await gql(
      baseUrl,
      'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes } }',
      { c: code },
      token,
    );
    recoveryCodes.set(email, confirmTwoFactorEnrolment.codes);
  }
  return token;
}

/** A GraphQL answer without "errors": what the load counts as served. */
// An unescaped quote is always JSON syntax, so '"errors":' can only be the key, never text inside a note.
export const noGraphqlErrors = (body) => body.startsWith('{"data"') && !body.includes('"errors":');

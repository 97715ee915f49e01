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

export async function login(baseUrl, email, password) {
  const data = await gql(
    baseUrl,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    {
      email,
      password,
    },
  );
  return data.login.accessToken;
}

/** A GraphQL answer without "errors": what the load counts as served. */
// An unescaped quote is always JSON syntax, so '"errors":' can only be the key, never text inside a note.
export const noGraphqlErrors = (body) => body.startsWith('{"data"') && !body.includes('"errors":');

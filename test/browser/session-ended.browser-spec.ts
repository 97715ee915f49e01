import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, newContext, shown, signIn } from './support/browser';
import { expectAccessible } from './support/accessibility';
import { secondFactors } from './support/second-factor';

const OPERATOR = 'operator2.is@empact.test';

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('a sign-in that ends elsewhere', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await signIn(page, OPERATOR);
    await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends an open app back to the login page at once when an administrator sets a new password', async () => {
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!, $code: String, $recoveryCode: String) { login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) { accessToken } }',
      {
        email: 'admin@empact.test',
        password: DEMO_PASSWORD,
        ...(await secondFactors.proof('admin@empact.test')),
      },
    );
    const { accounts } = await graphql<{ accounts: { id: string }[] }>(
      'query ($filter: AccountFilter) { accounts(filter: $filter) { id } }',
      { filter: { search: OPERATOR } },
      login.accessToken,
    );
    await graphql(
      'mutation ($id: ID!, $password: String!) { setAccountPassword(id: $id, password: $password) { id } }',
      { id: accounts[0].id, password: 'a new password set by the administrator' },
      login.accessToken,
    );
    // No click, no reload: the subscription brings the news.
    await shown(page.getByRole('heading', { name: 'Sign in' }));
    await shown(page.getByText('Your session has ended. Sign in again to continue.'));
    await expectAccessible(page, 'login page after a new password was set elsewhere, English');
  });
});

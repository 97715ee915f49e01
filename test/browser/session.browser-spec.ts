import type { Browser, Page, Route } from 'playwright-core';
import { BASE_URL, launchBrowser, newContext, shown, signIn } from './support/browser';
import { gql, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const UNAUTHENTICATED = JSON.stringify({
  data: null,
  errors: [{ message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
});

function operationOf(route: Route): string | undefined {
  try {
    return (JSON.parse(route.request().postData() ?? '{}') as { operationName?: string }).operationName;
  } catch {
    return undefined;
  }
}

describe('a session that runs out', () => {
  let browser: Browser;
  let page: Page;
  const operations: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) {
        const name = (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName;
        if (name) operations.push(name);
      }
    });
    await page.goto(BASE_URL);
    await signIn(page, 'admin@empact.test');
    await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renews an expired access token once and carries on', async () => {
    let refused = false;
    await page.route('**/graphql', async (route) => {
      if (!refused && operationOf(route) === 'ActionWeeks') {
        refused = true; // as if the access token had just run out
        await route.fulfill({ status: 200, contentType: 'application/json', body: UNAUTHENTICATED });
      } else {
        await route.continue();
      }
    });
    // Which week the overview puts first depends on the weeks other journeys have made on the same server (the
    // newest live one): the page has carried on once it shows every week there is, the current one and the others.
    const { actionWeeks } = await gql<{ actionWeeks: { code: string }[] }>(
      '{ actionWeeks { code } }',
      {},
      await tokenOf('admin@empact.test'),
    );
    expect(actionWeeks.length).toBeGreaterThan(0);
    operations.length = 0;
    await page.reload();
    await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
    for (const { code } of actionWeeks) await shown(page.getByText(code, { exact: true }));
    await expectAccessible(page, 'overview, English, administrator');
    expect(refused).toBe(true);
    // One renewal on start (the access token lives in memory only), one after the refusal, then the retry.
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(2);
    expect(operations.filter((name) => name === 'ActionWeeks').length).toBeGreaterThanOrEqual(2);
    await page.unroute('**/graphql');
  });

  it('goes back to the login page when the session cannot be renewed', async () => {
    await page.route('**/graphql', async (route) => {
      const name = operationOf(route);
      if (name === 'Accounts' || name === 'RefreshSession') {
        await route.fulfill({ status: 200, contentType: 'application/json', body: UNAUTHENTICATED });
      } else {
        await route.continue();
      }
    });
    operations.length = 0;
    await page.getByRole('link', { name: 'Accounts' }).click();
    await shown(page.getByRole('heading', { name: 'Sign in' }));
    await shown(page.getByText('Your session has ended. Sign in again to continue.'));
    await expectAccessible(page, 'login page after the session ended, English');
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(1);
    // Nothing is left to resume the session with.
    expect(await page.evaluate(() => localStorage.getItem('empact.refreshToken'))).toBeNull();
    await page.unroute('**/graphql');
  });
});

import { source as axeSource } from 'axe-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

/** The team rule: every page meets WCAG 2.1 AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Waits until no finite animation or transition runs (a modal fading in has no final colours yet). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 5_000 },
  );
}

/** Runs axe-core in the page with the WCAG 2.0 and 2.1 A and AA rules and returns what it found. */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  await settled(page);
  // page.evaluate, not page.addScriptTag({ content }): the app's content policy (script-src 'self') refuses an
  // inline script, and the journeys keep that policy on rather than bypassing it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<AxeResults> };
    };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, WCAG_21_AA);
  return violations;
}

/** A readable list: rule id, impact, what it asks, and each element with why it failed. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target}\n      ${node.summary}`).join('\n'),
    )
    .join('\n');
}

/**
 * Fails with the list of WCAG 2.1 A/AA violations axe-core finds on the page as it is now. `context` names the page,
 * its state and its language ("outcomes, French, liaison"), so that a failure says where to look.
 */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `${context}: ${violations.length} WCAG 2.1 A/AA violation(s) found by axe-core\n${describeViolations(violations)}`,
    );
  }
}

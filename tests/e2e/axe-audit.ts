import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

/** One rule broken somewhere on the page: how badly, how often, and the first few places. */
export interface Violation {
  id: string;
  impact: string;
  count: number;
  targets: string[];
}

/**
 * Run in the page, as source: these tests are type-checked without the DOM's types.
 * axe.run over the whole document, returning only what the test reports: a result
 * with every node's HTML and every passing rule would be serialised for nothing.
 * With rules given, those alone run (the contrast rule in dark, where only colours change).
 */
const AUDIT = `(rules) => axe
  .run(document, {
    resultTypes: ['violations'],
    ...(rules === null ? {} : { runOnly: { type: 'rule', values: rules } }),
  })
  .then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '?',
      count: violation.nodes.length,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    })),
  )`;

/**
 * axe-core's script, given to every page of the context before the page's own scripts:
 * the app is one page whose screens change without loading, so each audit is one
 * axe.run. (@axe-core/playwright injects the 500 kB script into every frame at each
 * audit and finishes it in a new blank page: about a second an audit.)
 */
export async function addAxe(context: BrowserContext): Promise<void> {
  const require = createRequire(import.meta.url);
  await context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
}

/** The page as it is now, by axe's default rules (WCAG 2.x A and AA and best practices), or by the rules given. */
export function audit(page: Page, rules: readonly string[] | null = null): Promise<Violation[]> {
  return page.evaluate<Violation[]>(`(${AUDIT})(${JSON.stringify(rules)})`);
}

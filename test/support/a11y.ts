import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Issue 15's bar: a page may have minor or moderate findings, never serious or critical ones. */
const BLOCKING = new Set(['serious', 'critical']);

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA and best practices) on the page as it is now and returns its
 * serious and critical violations. `ignore` names rules a spec has listed as known exceptions.
 */
export async function seriousA11yViolations(page: Page, ignore: readonly string[] = []): Promise<A11yViolation[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy (script-src 'self')
  // refuses an inline script, and the page must be checked with its real headers. A page that
  // navigated since the last check has lost it: evaluate it again.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SCRIPT);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return (violations as AxeResult[])
    .filter((v) => BLOCKING.has(v.impact ?? '') && !ignore.includes(v.id))
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}

/** One line per rule, with where on the page it failed, for a person reading a failed test. */
export function formatA11yViolations(label: string, violations: A11yViolation[]): string {
  const lines = violations.map(
    (v) =>
      `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.slice(0, 8).join('\n    ')}` +
      (v.targets.length > 8 ? `\n    … and ${v.targets.length - 8} more` : '') +
      `\n    ${v.helpUrl}`,
  );
  return `${label}: ${violations.length} serious/critical accessibility violation(s)\n${lines.join('\n')}`;
}

/** Fails with a readable list when axe finds a serious or critical violation on the page. */
export async function expectNoSeriousA11yViolations(
  page: Page,
  label: string,
  ignore: readonly string[] = [],
): Promise<void> {
  const violations = await seriousA11yViolations(page, ignore);
  if (violations.length > 0) throw new Error(formatA11yViolations(label, violations));
}

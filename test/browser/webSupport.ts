import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import webpack, { type Configuration } from 'webpack';
import { ARTIFACTS, AXE_SOURCE, ROOT } from './support';

/** The web page's two builds, made for the tests; never the shipped dist/. */
export const WEB_DIR = path.join(ARTIFACTS, 'dist-web', 'web');
export const SINGLE_FILE = path.join(ARTIFACTS, 'dist-web', 'budget-reconciler.html');

type WebConfigs = (options: { outDir: string; singleFile: string }) => Configuration[];

/** Production build of the worker and the page, and from them dist/web and the single file. */
export async function buildWeb(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configs = (require(path.join(ROOT, 'webpack.web.js')) as WebConfigs)({
    outDir: WEB_DIR,
    singleFile: SINGLE_FILE,
  });
  await new Promise<void>((resolve, reject) =>
    webpack(configs, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

export const EXAMPLE = path.join(ROOT, 'examples', 'luosong-union-2022.xlsx');

/** The CSP the built page declares in its meta tag. */
export function declaredPolicy(html: string): string {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('the page declares no Content-Security-Policy');
  return policy;
}

export const singleFileHtml = (): string => readFileSync(SINGLE_FILE, 'utf8');

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<{ id: string; count: number }[]> {
  // Evaluated by the test driver, not injected as a <script>: the page's CSP refuses those.
  await page.evaluate(AXE_SOURCE());
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    return (await axe.run()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(({ id, nodes }) => ({ id, count: nodes.length }));
  });
}

/**
 * Tabs through the page from the top and returns, for each element that took focus, a key:
 * its data-action, data-download, or `finding:<cell>`.
 */
export async function tabStops(page: Page, presses: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return '';
        const finding = element.getAttribute('data-rule') && element.getAttribute('data-cell');
        if (finding) return `finding:${finding}`;
        return (
          element.getAttribute('data-action') ??
          element.getAttribute('data-download') ??
          element.tagName.toLowerCase()
        );
      }),
    );
  }
  return reached;
}

/** Every action on the page, keyed as tabStops keys them (hidden file input excluded). */
export function actionKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-action], [data-download], [data-rule]')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => {
        const finding = element.getAttribute('data-rule') && element.getAttribute('data-cell');
        if (finding) return `finding:${finding}`;
        return element.getAttribute('data-action') ?? element.getAttribute('data-download') ?? '';
      }),
  );
}

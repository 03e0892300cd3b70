import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { SheetExport } from '../excel-sim/state';
import { AXE_SOURCE, BUILD_DIR, buildAddin, launchChromium, serve } from './support';

/**
 * One production build and one Chromium for every browser scenario (one test file includes them
 * all, so the build directory is never written by two workers at once).
 */
export interface SimSnapshot {
  sheets: SheetExport[];
  selection?: { sheet: string; address: string };
  shown: { kind: 'pane' | 'dialog'; url?: string }[];
  settings: Record<string, unknown>;
}

export const session = {
  browser: undefined as unknown as BrowserContext,
  server: undefined as Server | undefined,
  baseUrl: '',
  offsite: [] as string[],
  /** Replaces a built file's body in the browser (a bundle that throws, for instance). */
  overrides: new Map<RegExp, string>(),
};

export function setUpSession(): void {
  beforeAll(async () => {
    // Launch first: without Chromium the suite fails at once, loudly, before building anything.
    session.browser = await launchChromium();
    await buildAddin();
    const served = await serve(BUILD_DIR);
    session.server = served.server;
    session.baseUrl = served.url;
    const simulatedOfficeJs = readFileSync(path.join(BUILD_DIR, 'excel-sim.js'), 'utf8');
    await session.browser.route('**/*', (route) => {
      const url = route.request().url();
      const name = url.slice(url.lastIndexOf('/') + 1);
      const override = [...session.overrides].find(([pattern]) => pattern.test(name));
      if (url.startsWith(session.baseUrl) && override) {
        return route.fulfill({ contentType: 'text/javascript', body: override[1] });
      }
      if (url.startsWith(session.baseUrl)) return route.continue();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) {
        return route.fulfill({ contentType: 'text/javascript', body: simulatedOfficeJs });
      }
      // The add-in loads office.js and its own bundle, nothing else (DESIGN: privacy).
      session.offsite.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => session.server?.close(resolve));
  });
}

export async function open(page: string, setup: Record<string, unknown>): Promise<Page> {
  const tab = await session.browser.newPage();
  await tab.addInitScript((value) => Object.assign(window, { __SIM_SETUP__: value }), setup);
  await tab.goto(`${session.baseUrl}${page}`);
  return tab;
}

export const snapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as { __simExport: () => SimSnapshot }).__simExport());

export async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ content: AXE_SOURCE() });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      count: nodes.length,
    }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Whether anything in the page scrolls sideways: the pane must wrap at its width. */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

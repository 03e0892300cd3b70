/**
 * The web page's part of `npm run bench`: the single file's gzip size, and — when Debian's
 * Chromium is installed — the largest roster reconciled in the page (headless Chromium, worker
 * included, from the file chosen to the findings shown) against the command line's `--json` of
 * the same run, with the longest main-thread task (long-task observer) while reconciling and
 * while the sheet view scrolls from the first row to the last.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import webpack, { type Configuration } from 'webpack';
import { serveWeb } from '../scripts/serve-web';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 3;
/** Scroll steps from the first row to the last, one frame each. */
const SCROLL_STEPS = 120;

export interface WebBench {
  readonly singleFileGzipBytes: number;
  readonly page?: {
    readonly rows: number;
    readonly medianMs: number;
    readonly runsMs: readonly number[];
    readonly longestTaskMs: number;
    readonly longestScrollTaskMs: number;
    readonly startupTaskMs: number;
  };
  readonly skipped?: string;
}

async function build(outDir: string, singleFile: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.web.js')) as (options: {
    outDir: string;
    singleFile: string;
  }) => Configuration[];
  await new Promise<void>((resolve, reject) =>
    webpack(factory({ outDir, singleFile }), (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

/** Installed before the page's own script: long tasks and the moment the findings appear. */
function instrument(): void {
  const marks = { chosen: 0, shown: 0, longest: 0, startup: 0 };
  Object.assign(window, { __bench: marks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Tasks before the file is chosen are the page's own start-up (parsing its script).
      if (marks.chosen) marks.longest = Math.max(marks.longest, entry.duration);
      else marks.startup = Math.max(marks.startup, entry.duration);
    }
  }).observe({ entryTypes: ['longtask'] });
  document.addEventListener('change', () => (marks.chosen = performance.now()), true);
  new MutationObserver(() => {
    if (!marks.shown && document.querySelector('[data-report]')) marks.shown = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

interface Marks {
  chosen: number;
  shown: number;
  longest: number;
  startup: number;
}

const marksOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);

async function onePageRun(browser: BrowserContext, url: string, file: string, sheet: string) {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.locator('[data-report]').waitFor({ timeout: 600_000 });
  const reconciled = await marksOf(page);
  // Scroll the roster from its first row to its last, one step per frame.
  await page.locator('[data-action="sheet"]').selectOption({ value: sheet });
  await page.locator(`[data-sheet-view="${sheet}"]`).waitFor();
  await page.evaluate(() => {
    const marks = (window as unknown as { __bench: Marks }).__bench;
    marks.longest = 0;
  });
  await page.evaluate(
    async ({ sheetName, steps }) => {
      const view = document.querySelector<HTMLElement>(`[data-sheet-view="${sheetName}"]`)!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const bottom = view.scrollHeight - view.clientHeight;
      for (let i = 1; i <= steps; i++) {
        view.scrollTop = (bottom * i) / steps;
        await frame();
      }
      await frame();
    },
    { sheetName: sheet, steps: SCROLL_STEPS },
  );
  // The last row arrived from the worker and is on screen.
  const lastRow = await page
    .locator(`[data-sheet-view="${sheet}"] [role="row"]`)
    .last()
    .getAttribute('aria-rowindex');
  const scrolled = await marksOf(page);
  await page.close();
  return {
    ms: reconciled.shown - reconciled.chosen,
    longestTaskMs: reconciled.longest,
    startupTaskMs: reconciled.startup,
    longestScrollTaskMs: scrolled.longest,
    lastRow: Number(lastRow),
  };
}

/**
 * @param roster the largest roster workbook and its row count
 * @param rosterSheet the roster's sheet name, scrolled through in the sheet view
 */
export async function benchWeb(
  roster: { file: string; rows: number },
  rosterSheet: string,
): Promise<WebBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-reconciler-web-bench-'));
  const outDir = path.join(dir, 'web');
  const singleFile = path.join(dir, 'budget-reconciler.html');
  let server: Server | undefined;
  let browser: BrowserContext | undefined;
  try {
    await build(outDir, singleFile);
    const singleFileGzipBytes = gzipSync(readFileSync(singleFile), { level: 9 }).length;
    if (!existsSync(CHROMIUM)) {
      return { singleFileGzipBytes, skipped: `no Chromium at ${CHROMIUM}` };
    }
    const served = await serveWeb(outDir);
    server = served.server;
    browser = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await onePageRun(browser, `${served.url}index.html`, roster.file, rosterSheet));
    }
    const runsMs = runs.map((run) => run.ms);
    const sorted = [...runsMs].sort((a, b) => a - b);
    return {
      singleFileGzipBytes,
      page: {
        rows: Math.min(...runs.map((run) => run.lastRow)) - 1,
        medianMs: sorted[Math.floor(sorted.length / 2)],
        runsMs,
        longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
        longestScrollTaskMs: Math.max(...runs.map((run) => run.longestScrollTaskMs)),
        startupTaskMs: Math.max(...runs.map((run) => run.startupTaskMs)),
      },
    };
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench report's lines for the web page, given the CLI's `--json` median of the same run. */
export function webLines(web: WebBench, cliJsonMs: number | undefined): string[] {
  const kb = (web.singleFileGzipBytes / 1024).toFixed(0);
  const lines = [
    '## Web page',
    '',
    '| target | measured |',
    '|---|---|',
    `| \`dist/budget-reconciler.html\` < 1 MB gzip | ${kb} KiB |`,
  ];
  if (!web.page) {
    lines.push(`| page timings | skipped: ${web.skipped ?? 'not measured'} |`, '');
    return lines;
  }
  const { page } = web;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const ratio = cliJsonMs ? `${(page.medianMs / cliJsonMs).toFixed(2)} ×` : '–';
  lines.push(
    `| ${page.rows.toLocaleString('en-US')}-row roster in the page (file chosen → findings shown) ≤ 2 × CLI \`--json\` | ${seconds(page.medianMs)} (${page.runsMs.map(seconds).join(', ')}) = ${ratio} |`,
    `| longest main-thread task while reconciling ≤ 100 ms | ${page.longestTaskMs.toFixed(0)} ms |`,
    `| longest main-thread task while the sheet view scrolls first → last row ≤ 100 ms | ${page.longestScrollTaskMs.toFixed(0)} ms |`,
    `| (for reference, not a target: longest task of the page's start-up, before a file is chosen) | ${page.startupTaskMs.toFixed(0)} ms |`,
    '',
    `Headless Chromium (${CHROMIUM}), ${RUNS} runs, dist/web served over http; long tasks from a \`PerformanceObserver\` (\`longtask\`: tasks over 50 ms; 0 means none).`,
    '',
  );
  return lines;
}

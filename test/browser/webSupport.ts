import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
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

/**
 * A plain but large .xlsx (one sheet of `rows` numeric rows), made in memory: big enough that
 * reading it takes the worker a while, so that a run can be cancelled midway.
 */
export function largeWorkbook(rows: number): Buffer {
  const text = (value: string) => new TextEncoder().encode(value);
  const cells: string[] = [];
  for (let r = 1; r <= rows; r++) {
    cells.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 3}</v></c></row>`);
  }
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': text(
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
            '<Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
        '_rels/.rels': text(
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ),
        'xl/workbook.xml': text(
          `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
        'xl/_rels/workbook.xml.rels': text(
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        ),
        'xl/worksheets/sheet1.xml': text(
          `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${cells.join('')}</sheetData></worksheet>`,
        ),
      },
      { level: 1 },
    ),
  );
}

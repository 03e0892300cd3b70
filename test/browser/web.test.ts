import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveWeb } from '../../scripts/serve-web';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { reconcile } from '../../src/core/reconcile';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { LEGACY_COPY_NOTICE } from '../../src/xlsx/legacyNotice';
import { runCli, tempDir } from '../support/cli';
import { artifact, launchChromium } from './support';
import {
  actionKeys,
  buildWeb,
  declaredPolicy,
  EXAMPLE,
  largeWorkbook,
  seriousViolations,
  SINGLE_FILE,
  singleFileHtml,
  tabStops,
  WEB_DIR,
} from './webSupport';

/**
 * The standalone web page in headless Chromium, in both builds: dist/web served over http, and
 * the single file opened from disk. Every request the browser makes is recorded.
 */
jest.setTimeout(240_000);

const SHEET = '预算执行表';
/** The sheets the annotated copy adds: the summary and the marks registry. */
const PRODUCT_SHEETS = [REGISTRY_SHEET, '对账摘要'];
const D5 = `[data-rule="total-mismatch"][data-sheet="${SHEET}"][data-cell="D5"]`;
const NAME = path.basename(EXAMPLE);

let browser: BrowserContext;
let server: Server;
let baseUrl: string;
const requests: string[] = [];
const cliJson: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchChromium();
  await buildWeb();
  ({ server, url: baseUrl } = await serveWeb(WEB_DIR));
  browser.on('request', (request) => requests.push(request.url()));
  const out = tempDir();
  for (const language of ['zh-CN', 'en-US']) {
    const json = path.join(out, `${language}.json`);
    const run = await runCli([EXAMPLE, '--json', json, '--lang', language]);
    expect(run.code).toBe(0);
    cliJson[language] = readFileSync(json, 'utf8');
  }
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const BUILDS = [
  ['dist/web over http', () => `${baseUrl}index.html`],
  ['the single file over file://', () => `file://${SINGLE_FILE}`],
] as const;

async function open(url: string, language: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript((lang) => {
    Object.defineProperty(navigator, 'languages', { get: () => [lang] });
    localStorage.clear();
  }, language);
  await page.goto(url);
  await page.locator('[data-action="choose"]').waitFor();
  return page;
}

async function chooseExample(page: Page): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(EXAMPLE);
  await page.locator(D5).waitFor();
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

describe.each(BUILDS)('%s', (label, url) => {
  const slug = label.startsWith('dist') ? 'http' : 'file';

  it('lists the rounding warning, shows D5 in the sheet, and downloads the CLI’s JSON', async () => {
    const page = await open(url(), 'zh-CN');
    await chooseExample(page);
    const finding = page.locator(D5);
    await expect(finding.getAttribute('data-severity')).resolves.toBe('warning');
    const expected = JSON.parse(cliJson['zh-CN']) as { findings: { message: string }[] };
    await expect(finding.textContent()).resolves.toContain(expected.findings[0].message);
    expect(await page.locator('[data-rule]').count()).toBe(1);

    await finding.click();
    const view = page.locator(`[data-sheet-view="${SHEET}"]`);
    const d5 = view.locator('[data-address="D5"]');
    await expect(d5.getAttribute('data-current')).resolves.toBe('true');
    await expect(d5.getAttribute('data-mark')).resolves.toBe('warning');
    await expect(d5.evaluate((cell) => getComputedStyle(cell).backgroundColor)).resolves.toBe(
      'rgb(255, 235, 156)',
    );
    await expect(d5.textContent()).resolves.toBe('161.87');
    for (const cell of ['D6', 'D7'])
      await expect(
        view.locator(`[data-address="${cell}"]`).getAttribute('data-related'),
      ).resolves.toBe('true');

    const json = await download(page, '[data-download="json"]');
    expect(json.name).toBe('luosong-union-2022.report.json');
    expect(json.text).toBe(cliJson['zh-CN']);

    await page.locator('[data-action="explain"]').click();
    await expect(page.locator('[data-explain]').textContent()).resolves.toContain(SHEET);

    // The annotated copy, through the package patcher: read back by the fast reader it gives the
    // command line's findings, and it keeps every part of the input.
    await page.locator('[data-action="annotate"]').click();
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="annotate"]').click(),
    ]);
    expect(saved.suggestedFilename()).toBe('luosong-union-2022.annotated.xlsx');
    const annotated = new Uint8Array(readFileSync((await saved.path()) ?? ''));
    const reread = reconcile(readWorkbookGrid(annotated), { ignoreSheets: PRODUCT_SHEETS });
    const cliFindings = (JSON.parse(cliJson['zh-CN']) as { findings: unknown[] }).findings;
    expect(reread.findings).toEqual(cliFindings);
    const parts = (bytes: Uint8Array): string[] => Object.keys(unzipSync(bytes));
    const inputParts = parts(new Uint8Array(readFileSync(EXAMPLE)));
    expect(parts(annotated)).toEqual(expect.arrayContaining(inputParts));
    await page.screenshot({ path: artifact(`web-${slug}-zh-CN.png`), fullPage: true });
    await page.close();
  });

  it('runs under its Content-Security-Policy, which refuses any other origin', async () => {
    const page = await open(url(), 'en-US');
    const html =
      slug === 'http' ? readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8') : singleFileHtml();
    const policy = declaredPolicy(html);
    await expect(
      page.evaluate(() =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content'),
      ),
    ).resolves.toBe(policy);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/connect-src 'none'/);
    expect(policy).not.toMatch(/https?:|\*/);
    if (slug === 'file') {
      expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
      expect(policy).toMatch(/worker-src blob:/);
    } else {
      expect(policy).toMatch(/script-src 'self'(;|$)/);
    }
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => resolve(event.effectiveDirective),
            {
              once: true,
            },
          );
          fetch('http://192.0.2.1/collect').catch(() => undefined);
        }),
    );
    expect(blocked).toBe('connect-src');
    await chooseExample(page); // the worker runs under the policy too
    await page.close();
  });

  it('says in one line that a text file is not a workbook, then reconciles the next file', async () => {
    const page = await open(url(), 'en-US');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'notes.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('These are my notes, not a workbook.\n'),
    });
    const failure = page.locator('[data-file="notes.xlsx"] [data-failure]');
    await failure.waitFor();
    const text = (await failure.textContent()) ?? '';
    expect(text).toMatch(/^! notes\.xlsx: not an \.xlsx workbook/);
    expect(text).not.toContain('\n');
    await chooseExample(page);
    await expect(page.locator(`[data-file="${NAME}"]`).getAttribute('data-status')).resolves.toBe(
      'done',
    );
    await page.close();
  });

  it('reconciles several files at once, one line each', async () => {
    const page = await open(url(), 'en-US');
    await page.locator('input[type="file"]').setInputFiles([
      { name: NAME, mimeType: 'application/octet-stream', buffer: readFileSync(EXAMPLE) },
      { name: 'readme.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    ]);
    await page.locator(`[data-file="${NAME}"][data-status="done"]`).waitFor();
    await expect(page.locator(`[data-file="${NAME}"]`).textContent()).resolves.toContain(
      '0 errors, 1 warning',
    );
    await expect(
      page.locator('[data-file="readme.txt"] [data-failure]').textContent(),
    ).resolves.toBe('! not an .xlsx, .xlsm, .xls or .et workbook');
    await page.close();
  });
});

describe.each(['zh-CN', 'en-US'])('the page in %s', (language) => {
  it('has no serious or critical axe violation, and the keyboard reaches every action', async () => {
    const page = await open(`${baseUrl}index.html`, language);
    await chooseExample(page);
    await page.locator(D5).click();
    await page.locator('[data-address="D5"][data-current]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const actions = await actionKeys(page);
    const reached = await tabStops(page, actions.length + 30);
    for (const action of actions) expect(reached).toContain(action);
    // The README's picture, docs/web-page.png, is the zh-CN one (with a CJK font installed).
    await page.screenshot({ path: artifact(`web-${language}.png`), fullPage: true });
    await page.close();
  });
});

describe('settings', () => {
  it('switches language and strict mode, checking the file again on its grid', async () => {
    const page = await open(`${baseUrl}index.html`, 'zh-CN');
    await chooseExample(page);
    await page.locator('[data-action="language"]').selectOption('en-US');
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    const english = JSON.parse(cliJson['en-US']) as { findings: { message: string }[] };
    await page.getByText(english.findings[0].message).waitFor();
    const json = await download(page, '[data-download="json"]');
    expect(json.text).toBe(cliJson['en-US']);

    await page.locator('[data-action="strict"]').check();
    await page.locator(`${D5}[data-severity="error"]`).waitFor();
    await page.close();
  });
});

describe('the single file', () => {
  it('is self-contained: nothing to load, worker inlined, under 1 MB gzip', () => {
    const html = singleFileHtml();
    // Every script inline, and nothing else in the markup that loads anything.
    expect([...html.matchAll(/<script([^>]*)>[^]*?<\/script>/g)].map((tag) => tag[1])).toEqual([
      ' type="text/plain" id="worker-source"',
      '',
    ]);
    const markup = html.replace(/<script[^>]*>[^]*?<\/script>/g, '');
    expect(markup).not.toMatch(/\s(src|href)=|<link\s|@import|url\(/i);
    expect(html).toContain('<script type="text/plain" id="worker-source">');
    expect(gzipSync(html).length).toBeLessThan(1024 * 1024);
  });
});

describe('drop', () => {
  it('reconciles a workbook dropped on the page', async () => {
    const page = await open(`${baseUrl}index.html`, 'en-US');
    const bytes = [...readFileSync(EXAMPLE)];
    const transfer = await page.evaluateHandle(
      ({ name, data }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], name));
        return dt;
      },
      { name: NAME, data: bytes },
    );
    const zone = page.locator('[data-action="choose"]').locator('..');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await page.locator(D5).waitFor();
    await page.close();
  });
});

describe('an .xls / .et workbook', () => {
  const XLS = path.join(__dirname, '..', 'fixtures', 'luosong-union-2022.xls');

  it('is reconciled as the .xlsx of its values, says so, and gives that .xlsx annotated', async () => {
    const json = path.join(tempDir(), 'xls.json');
    const run = await runCli([XLS, '--json', json, '--lang', 'en-US']);
    expect(run.code).toBe(0);
    const cli = JSON.parse(readFileSync(json, 'utf8')) as { findings: unknown[] };
    expect(cli.findings.length).toBeGreaterThan(0);

    const page = await open(`${baseUrl}index.html`, 'en-US');
    await page.locator('input[type="file"]').setInputFiles(XLS);
    await page.locator(D5).waitFor();
    const report = await download(page, '[data-download="json"]');
    expect(report.name).toBe('luosong-union-2022.report.json');
    // The command line's --json on the .xls, byte for byte: both read the same values.
    expect(report.text).toBe(readFileSync(json, 'utf8'));
    await expect(page.locator('[data-notice="legacy-copy"]').textContent()).resolves.toBe(
      `luosong-union-2022.xls: ${LEGACY_COPY_NOTICE['en-US']}.`,
    );

    await page.locator('[data-action="annotate"]').click();
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="annotate"]').click(),
    ]);
    expect(saved.suggestedFilename()).toBe('luosong-union-2022.annotated.xlsx');
    const annotated = new Uint8Array(readFileSync((await saved.path()) ?? ''));
    const reread = reconcile(readWorkbookGrid(annotated), {
      ignoreSheets: PRODUCT_SHEETS,
      language: 'en-US',
    });
    expect(reread.findings).toEqual(cli.findings);
    await page.close();
  });
});

describe('cancel', () => {
  it('stops a run midway; the page then reconciles the next file', async () => {
    const page = await open(`${baseUrl}index.html`, 'en-US');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'large.xlsx',
      mimeType: 'application/octet-stream',
      buffer: largeWorkbook(200_000),
    });
    await page.locator('[data-file="large.xlsx"][data-status="running"]').waitFor();
    await page.locator('[data-action="cancel"]').click();
    await page.locator('[data-file="large.xlsx"][data-status="cancelled"]').waitFor();
    await expect(page.locator('[data-action="cancel"]').count()).resolves.toBe(0);
    await chooseExample(page);
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to any origin but the page’s own during the whole run', () => {
    const foreign = requests.filter(
      (url) =>
        !url.startsWith(baseUrl) &&
        !url.startsWith('file://') &&
        !url.startsWith('blob:') &&
        !url.startsWith('data:'),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});

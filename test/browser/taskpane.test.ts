import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MARK_FILL, REGISTRY_SHEET } from '../../src/core/port/marks';
import { LAST_RUN_KEY } from '../../src/taskpane/settings';
import { EXAMPLE_SHEET } from '../excel-sim/exampleGrid';
import { validateManifest } from '../../scripts/validate-manifest';
import { bootstrapScenarios } from './bootstrapScenarios';
import { paneScenarios } from './paneScenarios';
import {
  expectAccessible,
  open,
  session,
  setUpSession,
  snapshot,
  type SimSnapshot,
} from './session';
import { artifact, BUILD_DIR, TEST_BASE_URL } from './support';

/**
 * The task pane and the ribbon command, built for production and run in headless Chromium with
 * the simulated Excel host served in place of office.js, on the example's budget sheet.
 */
jest.setTimeout(180_000);

const D5 = `${EXAMPLE_SHEET}!D5`;

setUpSession();

describe('bootstrap', bootstrapScenarios);
describe('pane as an accountant reads it', paneScenarios);

const budgetSheet = (state: SimSnapshot) => state.sheets.find((s) => s.name === EXAMPLE_SHEET)!;

describe.each([
  ['zh-CN', '一键对账', '清除标记'],
  ['en-US', 'Reconcile', 'Clear marks'],
])('task pane in %s', (language, reconcileLabel, clearLabel) => {
  it('reconciles, goes to the finding, clears, and passes axe', async () => {
    const page = await open('taskpane.html', { displayLanguage: language });
    await page.getByRole('button', { name: reconcileLabel, exact: true }).click();
    const finding = page.locator(`[data-cell="${D5}"][data-rule="total-mismatch"]`);
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toMatch(/161\.86[^]*161\.87/);
    expect(await page.locator('[data-severity="warning"]').count()).toBe(1);

    const marked = await snapshot(page);
    expect(budgetSheet(marked).fills.D5).toMatchObject({
      pattern: 'Solid',
      color: `#${MARK_FILL.warning}`,
    });
    expect(budgetSheet(marked).notes.D5).toMatch(/^【对账】/);
    expect(marked.sheets.find((s) => s.name === REGISTRY_SHEET)?.visibility).toBe('VeryHidden');

    await finding.click();
    await expect(snapshot(page).then((s) => s.selection)).resolves.toEqual({
      sheet: EXAMPLE_SHEET,
      address: 'D5',
    });

    await page.screenshot({ path: artifact(`taskpane-${language}.png`), fullPage: true });
    await expectAccessible(page);

    await page.getByRole('button', { name: clearLabel, exact: true }).click();
    await page.getByRole('button', { name: reconcileLabel, exact: true }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-cell]'));
    const cleared = await snapshot(page);
    expect(budgetSheet(cleared).fills).toEqual({});
    expect(budgetSheet(cleared).notes).toEqual({});
    expect(cleared.sheets.map((s) => s.name)).toEqual([EXAMPLE_SHEET]);
    await page.close();
  });
});

describe('task pane behaviour', () => {
  it('switches language and remembers it in the workbook', async () => {
    const page = await open('taskpane.html', { displayLanguage: 'zh-CN' });
    await page.getByLabel('语言').selectOption('en-US');
    await page.getByRole('button', { name: 'Reconcile', exact: true }).waitFor();
    const saved = (await snapshot(page)).settings['budgetReconciler.settings'];
    expect(saved).toMatchObject({ language: 'en-US', strict: false });
    await page.close();
  });

  it('pins a column role to the selected header cell', async () => {
    const page = await open('taskpane.html', { displayLanguage: 'en-US' });
    await page.evaluate(() => {
      const sim = (window as unknown as { __sim: { doc: { selection: unknown } } }).__sim;
      sim.doc.selection = { sheet: '预算执行表', address: 'D4' };
    });
    await page.getByLabel('Role', { exact: true }).selectOption('actual');
    await page.getByRole('button', { name: 'Use selected cell' }).click();
    // The chosen header's text, not only its address.
    await page.getByText('actual: 预算执行表!D4 · header "执行数"').waitFor();
    const saved = (await snapshot(page)).settings['budgetReconciler.settings'];
    expect(saved).toMatchObject({ overrides: { 预算执行表: { actual: 'D4' } } });
    expect(await page.getByText(/does not look like a header/).count()).toBe(0);
    // A figure is not a header: pinned as asked, with a warning.
    await page.evaluate(() => {
      const sim = (window as unknown as { __sim: { doc: { selection: unknown } } }).__sim;
      sim.doc.selection = { sheet: '预算执行表', address: 'C5' };
    });
    await page.getByLabel('Role', { exact: true }).selectOption('budget');
    await page.getByRole('button', { name: 'Use selected cell' }).click();
    await page.getByText(/does not look like a header/).waitFor();
    await page.close();
  });

  it('explains a workbook it cannot reconcile', async () => {
    const grid = {
      sheets: [
        { name: 'Notes', visibility: 'visible', rows: [['hello']], numFmts: [], merges: [] },
      ],
    };
    const page = await open('taskpane.html', { displayLanguage: 'en-US', grid });
    await page.getByRole('button', { name: 'Reconcile', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /Cannot reconcile.*no budget or disbursement sheet/,
    );
    await page.close();
  });

  it('marks with fill only and says so on Excel without notes (ExcelApi 1.12)', async () => {
    const page = await open('taskpane.html', { displayLanguage: 'en-US', excelApi: '1.12' });
    await page.getByText('cannot add cell notes').waitFor();
    await page.getByRole('button', { name: 'Reconcile', exact: true }).click();
    await page.locator(`[data-cell="${D5}"]`).waitFor();
    const marked = budgetSheet(await snapshot(page));
    expect(marked.fills.D5?.color).toBe(`#${MARK_FILL.warning}`);
    expect(marked.notes).toEqual({});
    await page.close();
  });
});

describe('production build', () => {
  it('rewrites the manifest to ADDIN_BASE_URL and it still validates', () => {
    const manifest = readFileSync(path.join(BUILD_DIR, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('https://localhost:3000/');
    expect(manifest).toContain(`${TEST_BASE_URL}taskpane.html`);
    expect(validateManifest(manifest, { assetRoot: BUILD_DIR })).toEqual([]);
  });

  it('ships hashed bundles, no source maps, and the help page the manifest points at', () => {
    const files = readdirSync(BUILD_DIR);
    expect(files.filter((name) => name.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['help.html', 'dialog.html']));
    expect(files.some((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name))).toBe(true);
    expect(files.some((name) => /^commands\.[0-9a-f]{8}\.js$/.test(name))).toBe(true);
    const manifest = readFileSync(path.join(BUILD_DIR, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<SupportUrl DefaultValue="${TEST_BASE_URL}help.html"/>`);
    expect(manifest).toContain(`DefaultValue="${TEST_BASE_URL}help.html"`);
    const help = readFileSync(path.join(BUILD_DIR, 'help.html'), 'utf8');
    expect(help).toMatch(/清除标记[^]*Ctrl\+Z/);
    expect(help).toMatch(/Clear marks[^]*Ctrl\+Z/);
  });
});

describe('ribbon command', () => {
  it('runs the same reconciliation, selects the cell, and the pane reports it', async () => {
    const commands = await open('commands.html', { displayLanguage: 'zh-CN' });
    await commands.waitForFunction(() =>
      (window as unknown as { __sim?: { actions: Map<string, unknown> } }).__sim?.actions.has(
        'reconcile',
      ),
    );
    await commands.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const sim = (
            window as unknown as {
              __sim: { actions: Map<string, (e: { completed(): void }) => void> };
            }
          ).__sim;
          sim.actions.get('reconcile')!({ completed: resolve });
        }),
    );
    const state = await snapshot(commands);
    expect(budgetSheet(state).fills.D5?.color).toBe(`#${MARK_FILL.warning}`);
    expect(budgetSheet(state).notes.D5).toMatch(/^【对账】/);
    expect(state.selection).toEqual({ sheet: EXAMPLE_SHEET, address: 'D5' });
    expect(state.settings[LAST_RUN_KEY]).toMatchObject({ counts: { error: 0, warning: 1 } });
    await commands.close();

    const pane = await open('taskpane.html', {
      displayLanguage: 'zh-CN',
      settings: state.settings,
    });
    await pane.getByText('上次发现 0 个错误、1 个警告').waitFor();
    await pane.close();
  });

  it('shared runtime: the button in taskpane.html opens the pane on its findings', async () => {
    const page = await open('taskpane.html', { displayLanguage: 'en-US' });
    await page.getByRole('button', { name: 'Reconcile', exact: true }).waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const sim = (
            window as unknown as {
              __sim: { actions: Map<string, (e: { completed(): void }) => void> };
            }
          ).__sim;
          sim.actions.get('reconcile')!({ completed: resolve });
        }),
    );
    await page.locator(`[data-cell="${D5}"][data-rule="total-mismatch"]`).waitFor();
    const state = await snapshot(page);
    expect(state.shown).toEqual([{ kind: 'pane' }]);
    expect(state.selection).toEqual({ sheet: EXAMPLE_SHEET, address: 'D5' });
    expect(state.settings[LAST_RUN_KEY]).toMatchObject({ counts: { error: 0, warning: 1 } });
    await page.close();
  });

  it('loaded nothing from anywhere but its own origin and the office.js URL', () => {
    expect(session.offsite).toEqual([]);
  });
});

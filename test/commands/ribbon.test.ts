import { reconcileFromRibbon, type RibbonDeps } from '../../src/commands/ribbon';
import { createExcelHost } from '../../src/taskpane/excel';
import { LAST_RUN_KEY, SETTINGS_KEY } from '../../src/taskpane/settings';
import type { RunState } from '../../src/taskpane/useReconciler';
import { EXAMPLE_ROWS, EXAMPLE_SHEET, exampleGrid } from '../excel-sim/exampleGrid';
import { createSimHost, type SimHostOptions } from '../excel-sim/host';
import { documentFromGrid, type SimDocument } from '../excel-sim/state';

/**
 * The ribbon button: completes its event on every path, and gives feedback — the pane (shared
 * runtime), else the first error selected or the summary shown, else a dialog saying why.
 */
const globals = globalThis as unknown as Record<string, unknown>;

function install(doc: SimDocument, options: SimHostOptions = {}) {
  const sim = createSimHost(doc, options);
  globals.Office = sim.Office;
  globals.Excel = sim.Excel;
  // The dialog URL is built beside the page's own.
  globals.window = { location: { href: 'https://addin.example/taskpane.html' } };
  return sim;
}

const alone: RibbonDeps = { makeHost: createExcelHost, pane: () => undefined };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  delete globals.window;
});

describe('ribbon command completes its event', () => {
  it('when the host cannot even be created (Office not initialised)', async () => {
    // No Office.context at all: createExcelHost() throws before anything runs.
    globals.Office = {};
    const completed = jest.fn();
    await reconcileFromRibbon({ completed }).catch(() => undefined);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('after a run on the example, with the first warning selected', async () => {
    const sim = install(documentFromGrid(exampleGrid()), { sharedRuntime: false });
    const completed = jest.fn();
    await reconcileFromRibbon({ completed }, alone);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(sim.doc.selection).toEqual({ sheet: EXAMPLE_SHEET, address: 'D5' });
    expect(sim.doc.active).toBe(EXAMPLE_SHEET);
  });
});

describe('ribbon feedback', () => {
  it('shared runtime: opens the pane and runs there', async () => {
    const sim = install(documentFromGrid(exampleGrid()));
    const ran: string[] = [];
    const pane = async (): Promise<RunState> => {
      ran.push('pane');
      const result = await createExcelHost().reconcile(
        { strict: false, language: 'en-US', overrides: {} },
        () => undefined,
      );
      return { status: 'done', result };
    };
    await reconcileFromRibbon(
      { completed: () => undefined },
      { makeHost: createExcelHost, pane: () => pane },
    );
    expect(sim.shown).toEqual([{ kind: 'pane' }]);
    expect(ran).toEqual(['pane']);
    expect(sim.settings.get(LAST_RUN_KEY)).toMatchObject({ counts: { error: 0, warning: 1 } });
  });

  it('nothing to fix: the summary sheet is shown', async () => {
    const rows = EXAMPLE_ROWS.map((row, r) =>
      r === 4
        ? ['基本支出', '基本支出', 161.87, 161.86]
        : r === 9
          ? ['合计', null, 176.87, 176.86]
          : row,
    );
    const grid = exampleGrid();
    const doc = documentFromGrid({ sheets: [{ ...grid.sheets[0], rows }] });
    const sim = install(doc, { sharedRuntime: false });
    await reconcileFromRibbon({ completed: () => undefined }, alone);
    expect(sim.doc.selection).toBeUndefined();
    expect(sim.doc.active).toBe('对账摘要');
  });

  it('nothing reconcilable: a dialog says why', async () => {
    const doc = documentFromGrid({
      sheets: [
        { name: 'Notes', visibility: 'visible', rows: [['hello']], numFmts: [], merges: [] },
      ],
    });
    const sim = install(doc, { sharedRuntime: false, displayLanguage: 'en-US' });
    await reconcileFromRibbon({ completed: () => undefined }, alone);
    expect(sim.shown).toHaveLength(1);
    const url = new URL(sim.shown[0].url!);
    expect(url.pathname).toBe('/dialog.html');
    expect(url.searchParams.get('lang')).toBe('en-US');
    expect(url.searchParams.get('reason')).toMatch(/no budget or disbursement sheet/);
  });

  it('separate runtimes: the ribbon reads the settings the pane saved after it loaded', async () => {
    const documentSettings = new Map<string, unknown>();
    const doc = documentFromGrid(exampleGrid());
    // The ribbon's runtime loads first, with no settings; then the pane saves English + strict.
    const ribbon = install(doc, { sharedRuntime: false, documentSettings });
    const pane = createSimHost(doc, { sharedRuntime: false, documentSettings });
    pane.Office.context.document.settings.set(SETTINGS_KEY, {
      strict: true,
      language: 'en-US',
      overrides: {},
    });
    await new Promise<void>((resolve) =>
      pane.Office.context.document.settings.saveAsync(() => resolve()),
    );
    await reconcileFromRibbon({ completed: () => undefined }, alone);
    // Strict: the rounding difference on D5 is an error, and the note is in English.
    expect(ribbon.settings.get(LAST_RUN_KEY)).toMatchObject({ counts: { error: 1, warning: 0 } });
    expect(doc.sheets[0].notes.get('D5')).toMatch(/states 161\.87/);
    // And the pane's settings survive the ribbon's save of its last run.
    expect(documentSettings.get(SETTINGS_KEY)).toMatchObject({ language: 'en-US', strict: true });
  });
});

import type { WorkbookGrid } from '../core/model/grid';
import type { Language } from '../core/model/finding';
import type { WorkbookPort } from '../core/port/WorkbookPort';
import { clearWorkbook, reconcileWorkbook } from '../core/usecase/reconcileWorkbook';
import { ExcelPort } from '../excel/ExcelPort';
import { capabilitiesOf, type ExcelRun } from '../excel/host';
import { activateSheet, selectCell, selectedCell } from '../excel/navigate';
import type { LastRun, Phase, ReconcilerHost, Written } from './host';
import { LAST_RUN_KEY, parseSettings, SETTINGS_KEY } from './settings';

interface Observed {
  grid?: WorkbookGrid;
  ignoreSheets?: readonly string[];
  marked: number;
  summarySheet?: string;
}

/**
 * The port, reporting which step the use case is in so the pane can show progress, and
 * remembering what was read and written so the pane can say what it did and re-run the core.
 */
function observed(port: WorkbookPort, onPhase: (phase: Phase) => void, seen: Observed) {
  const wrapped: WorkbookPort = {
    readGrid: async () => {
      onPhase('reading');
      seen.grid = await port.readGrid();
      onPhase('checking');
      return seen.grid;
    },
    applyMarks: (marks) => {
      onPhase('marking');
      seen.marked = marks.length;
      return port.applyMarks(marks);
    },
    clearMarks: () => port.clearMarks(),
    writeSummary: async (layout) => {
      onPhase('summarising');
      seen.summarySheet = await port.writeSummary(layout);
      return seen.summarySheet;
    },
    productSheets: async () => (seen.ignoreSheets = await port.productSheets()),
  };
  return wrapped;
}

function settled(call: (callback: (result: Office.AsyncResult<unknown>) => void) => void) {
  return new Promise<void>((resolve, reject) =>
    call((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(result.error.message)),
    ),
  );
}

function isLastRun(value: unknown): value is LastRun {
  return !!value && typeof value === 'object' && typeof (value as LastRun).at === 'string';
}

/** The dialog page beside the pane's, with the reason in its query string. */
function dialogUrl(reason: string, language: Language): string {
  const url = new URL('dialog.html', window.location.href);
  url.search = new URLSearchParams({ lang: language, reason }).toString();
  return url.toString();
}

/**
 * The only place the pane and the ribbon command touch office.js: Excel.run for the workbook,
 * document settings for what the user chose. Call after Office.onReady.
 */
export function createExcelHost(): ReconcilerHost {
  const run: ExcelRun = (batch) => Excel.run(batch);
  const capabilities = capabilitiesOf(Office.context.requirements);
  const port = new ExcelPort(run, capabilities);
  const settings = Office.context.document.settings;
  const displayLanguage = Office.context.displayLanguage;
  const sharedRuntime =
    Office.context.requirements.isSetSupported('SharedRuntime', '1.1') && !!Office.addin;
  // Without a shared runtime the pane and the ribbon each hold a copy of the settings read at
  // load: read the document's again before use, or one overwrites what the other saved.
  const fresh = () =>
    sharedRuntime ? Promise.resolve() : settled((cb) => settings.refreshAsync(cb));
  const save = (key: string, value: unknown) =>
    fresh().then(() => {
      settings.set(key, value);
      return settled((cb) => settings.saveAsync(cb));
    });
  return {
    displayLanguage,
    notesSupported: capabilities.notes,
    sharedRuntime,
    async reconcile(chosen, onPhase) {
      const seen: Observed = { marked: 0 };
      const { sheets, findings } = await reconcileWorkbook(observed(port, onPhase, seen), chosen);
      const written: Written = {
        marked: seen.marked,
        notes: capabilities.notes ? seen.marked - port.withoutNote.length : 0,
        summarySheet: seen.summarySheet,
        withoutNote: port.withoutNote,
      };
      return { sheets, findings, written, grid: seen.grid, ignoreSheets: seen.ignoreSheets };
    },
    clear: () => clearWorkbook(port),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    activateSheet: (sheet) => activateSheet(run, sheet),
    selectedCell: () => selectedCell(run),
    showPane: () => Office.addin.showAsTaskpane(),
    showDialog: (reason, language) =>
      settled((cb) =>
        Office.context.ui.displayDialogAsync(
          dialogUrl(reason, language),
          { height: 30, width: 30 },
          cb,
        ),
      ),
    async loadSettings() {
      await fresh();
      const stored: unknown = settings.get(SETTINGS_KEY);
      return stored === null || stored === undefined
        ? undefined
        : parseSettings(stored, displayLanguage);
    },
    saveSettings: (chosen) => save(SETTINGS_KEY, chosen),
    lastCommandRun() {
      const stored: unknown = settings.get(LAST_RUN_KEY);
      return isLastRun(stored) ? stored : undefined;
    },
    recordCommandRun: (lastRun) => save(LAST_RUN_KEY, lastRun),
  };
}

import type { WorkbookPort } from '../core/port/WorkbookPort';
import { clearWorkbook, reconcileWorkbook } from '../core/usecase/reconcileWorkbook';
import { ExcelPort } from '../excel/ExcelPort';
import { capabilitiesOf, type ExcelRun } from '../excel/host';
import { selectCell, selectedCell } from '../excel/navigate';
import type { LastRun, Phase, ReconcilerHost } from './host';
import { LAST_RUN_KEY, parseSettings, SETTINGS_KEY } from './settings';

/** The port, reporting which step the use case is in so the pane can show progress. */
function withPhases(port: WorkbookPort, onPhase: (phase: Phase) => void): WorkbookPort {
  return {
    readGrid: async () => {
      onPhase('reading');
      const grid = await port.readGrid();
      onPhase('checking');
      return grid;
    },
    applyMarks: (marks) => {
      onPhase('marking');
      return port.applyMarks(marks);
    },
    clearMarks: () => port.clearMarks(),
    writeSummary: (layout) => {
      onPhase('summarising');
      return port.writeSummary(layout);
    },
    productSheets: () => port.productSheets(),
  };
}

function saveDocumentSettings(): Promise<void> {
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(result.error.message)),
    ),
  );
}

function isLastRun(value: unknown): value is LastRun {
  return !!value && typeof value === 'object' && typeof (value as LastRun).at === 'string';
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
  return {
    displayLanguage,
    notesSupported: capabilities.notes,
    async reconcile(chosen, onPhase) {
      const { sheets, findings } = await reconcileWorkbook(withPhases(port, onPhase), chosen);
      return { sheets, findings };
    },
    clear: () => clearWorkbook(port),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    selectedCell: () => selectedCell(run),
    async loadSettings() {
      const stored: unknown = settings.get(SETTINGS_KEY);
      return stored === null || stored === undefined
        ? undefined
        : parseSettings(stored, displayLanguage);
    },
    saveSettings(chosen) {
      settings.set(SETTINGS_KEY, chosen);
      return saveDocumentSettings();
    },
    lastCommandRun() {
      const stored: unknown = settings.get(LAST_RUN_KEY);
      return isLastRun(stored) ? stored : undefined;
    },
    recordCommandRun(lastRun) {
      settings.set(LAST_RUN_KEY, lastRun);
      return saveDocumentSettings();
    },
  };
}

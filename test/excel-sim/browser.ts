import type { WorkbookGrid } from '../../src/core/model/grid';
import { exampleGrid } from './exampleGrid';
import { createSimHost, type SimHost, type SimHostOptions } from './host';
import { documentFromGrid, exportDocument, type SheetExport } from './state';

/**
 * The simulated Excel host for the browser test, served in place of office.js: it installs the
 * globals `Office` and `Excel` the add-in expects, over the workbook the test put in
 * `window.__SIM_SETUP__` (the example's budget sheet by default), and exposes the host as
 * `window.__sim` for assertions.
 */
interface SimSetup extends SimHostOptions {
  readonly grid?: WorkbookGrid;
  /** Document settings as a previous session saved them. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

declare global {
  interface Window {
    __SIM_SETUP__?: SimSetup;
    __sim?: SimHost;
    /** The document as plain data, for a test to read across the page boundary. */
    __simExport?: () => {
      sheets: SheetExport[];
      selection: SimHost['doc']['selection'];
      settings: Record<string, unknown>;
    };
  }
}

const setup: SimSetup = window.__SIM_SETUP__ ?? {};
const host = createSimHost(documentFromGrid(setup.grid ?? exampleGrid()), setup);
for (const [key, value] of Object.entries(setup.settings ?? {})) {
  host.Office.context.document.settings.set(key, value);
}
const snapshot = () => ({
  sheets: exportDocument(host.doc),
  selection: host.doc.selection,
  settings: Object.fromEntries(host.settings),
});
Object.assign(window, {
  Office: host.Office,
  Excel: host.Excel,
  __sim: host,
  __simExport: snapshot,
});

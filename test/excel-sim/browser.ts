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
      shown: SimHost['shown'];
      selection: SimHost['doc']['selection'];
      active: SimHost['doc']['active'];
      settings: Record<string, unknown>;
    };
  }
}

const setup: SimSetup = window.__SIM_SETUP__ ?? {};
// Settings a previous session saved are in the document before the add-in loads.
const documentSettings = new Map(Object.entries(setup.settings ?? {}));
const host = createSimHost(documentFromGrid(setup.grid ?? exampleGrid()), {
  ...setup,
  documentSettings,
});
const snapshot = () => ({
  sheets: exportDocument(host.doc),
  selection: host.doc.selection,
  shown: host.shown,
  active: host.doc.active,
  settings: Object.fromEntries(host.settings),
});
Object.assign(window, {
  Office: host.Office,
  Excel: host.Excel,
  __sim: host,
  __simExport: snapshot,
});

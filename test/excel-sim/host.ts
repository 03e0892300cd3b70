import { SimContext, SimError, type SimQuirks, type SimStats } from './context';
import { SimRange } from './range';
import { parseRangeAddress, type SimDocument } from './state';
import { SimWorksheetCollection } from './worksheet';

/** `context.workbook`: the parts of Excel.Workbook the product uses. */
export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly application: {
    suspendScreenUpdatingUntilNextSync(): void;
    suspendApiCalculationUntilNextSync(): void;
  };

  constructor(private readonly context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => context.suspendScreenUpdating(),
      suspendApiCalculationUntilNextSync: () => context.suspendCalculation(),
    };
  }

  /** The selection's first cell range (tests set `doc.selection`). */
  getSelectedRange(): SimRange {
    const doc = this.context.doc;
    const resolve = () => {
      const selection = doc.selection ?? { sheet: doc.sheets[0].name, address: 'A1' };
      const sheet = doc.sheets.find((candidate) => candidate.name === selection.sheet);
      return sheet ? { sheet, box: parseRangeAddress(selection.address) } : null;
    };
    return new SimRange(this.context, resolve, 'getSelectedRange()');
  }
}

export interface SimRequestContext {
  readonly workbook: SimWorkbook;
  sync(): Promise<void>;
}

export interface SimHostOptions {
  /** Highest ExcelApi version the host claims, e.g. '1.18' (notes) or '1.12' (no notes, no merges). */
  readonly excelApi?: string;
  readonly displayLanguage?: string;
  /**
   * Whether the host runs the pane and the ribbon in one shared runtime (SharedRuntime 1.1).
   * Default true. Without it each runtime has its own in-memory copy of the document settings.
   */
  readonly sharedRuntime?: boolean;
  /**
   * The settings saved in the document. Two hosts given the same map are two runtimes over one
   * workbook (the pane and the ribbon's function file when the runtime is not shared).
   */
  readonly documentSettings?: Map<string, unknown>;
  /** Reported behaviours of some builds (see SimQuirks). */
  readonly quirks?: SimQuirks;
  /** Every Excel.run fails with this office.js error, as a host in trouble would. */
  readonly failWith?: { readonly code: string; readonly message: string };
}

type AsyncCallback = (result: { status: 'succeeded' | 'failed'; error?: Error }) => void;

function versionAtLeast(have: string, want: string): boolean {
  const [haveMajor, haveMinor = 0] = have.split('.').map(Number);
  const [wantMajor, wantMinor = 0] = want.split('.').map(Number);
  return haveMajor !== wantMajor ? haveMajor > wantMajor : haveMinor >= wantMinor;
}

/**
 * A simulated Excel host: `Excel.run` over a document, `Office` with requirement sets, display
 * language, document settings and `actions.associate`. Everything a test asserts on — the
 * document, every sync, the saved settings — is exposed beside the globals.
 */
export function createSimHost(doc: SimDocument, options: SimHostOptions = {}) {
  const stats: SimStats = { syncs: [] };
  // As Office: each runtime reads the document's settings once, at load, into its own copy;
  // saveAsync writes that whole copy back, refreshAsync reads the document's again.
  const saved = options.documentSettings ?? new Map<string, unknown>();
  const settings = new Map<string, unknown>(structuredClone([...saved]));
  const sharedRuntime = options.sharedRuntime ?? true;
  /** What the user saw: task-pane shows and dialogs, in order. */
  const shown: { kind: 'pane' | 'dialog'; url?: string }[] = [];
  const actions = new Map<string, (event: { completed(): void }) => unknown>();
  const excelApi = options.excelApi ?? '1.18';

  async function run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
    if (options.failWith) throw new SimError(options.failWith.code, options.failWith.message);
    const context = new SimContext(doc, stats, options.quirks, excelApi);
    const request: SimRequestContext = {
      workbook: new SimWorkbook(context),
      sync: () => context.sync(),
    };
    const result = await batch(request);
    // Excel.run sends whatever the batch left queued.
    if (context.pending > 0) await context.sync();
    return result;
  }

  const Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return info;
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      requirements: {
        isSetSupported: (name: string, version = '1.1') =>
          name === 'ExcelApi'
            ? versionAtLeast(excelApi, version)
            : name === 'SharedRuntime'
              ? sharedRuntime && versionAtLeast('1.1', version)
              : false,
      },
      document: {
        settings: {
          get: (name: string): unknown => settings.get(name) ?? null,
          set: (name: string, value: unknown): void => void settings.set(name, value),
          remove: (name: string): void => void settings.delete(name),
          saveAsync: (callback?: AsyncCallback): void => {
            saved.clear();
            for (const [key, value] of settings) saved.set(key, structuredClone(value));
            setTimeout(() => callback?.({ status: 'succeeded' }), 0);
          },
          refreshAsync: (callback?: AsyncCallback): void => {
            settings.clear();
            for (const [key, value] of saved) settings.set(key, structuredClone(value));
            setTimeout(() => callback?.({ status: 'succeeded' }), 0);
          },
        },
      },
      ui: {
        /** Records the dialog; the page itself is not loaded (Excel would open it in a window). */
        displayDialogAsync: (url: string, _options: unknown, callback?: AsyncCallback): void => {
          shown.push({ kind: 'dialog', url });
          setTimeout(() => callback?.({ status: 'succeeded' }), 0);
        },
      },
    },
    // Office.addin exists only with a shared runtime (SharedRuntime 1.1).
    addin: sharedRuntime
      ? {
          showAsTaskpane: async (): Promise<void> => void shown.push({ kind: 'pane' }),
          hide: async (): Promise<void> => undefined,
        }
      : undefined,
    actions: {
      associate: (name: string, handler: (event: { completed(): void }) => unknown): void =>
        void actions.set(name, handler),
    },
  };

  return { Excel: { run }, Office, doc, stats, settings: saved, actions, shown };
}

export type SimHost = ReturnType<typeof createSimHost>;

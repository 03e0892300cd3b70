import type { RoleOverrides } from '../core/detect/sheet';
import type { Finding, Language } from '../core/model/finding';
import type { WorkbookGrid } from '../core/model/grid';
import type { SheetRole } from '../core/model/roles';

/**
 * What the pane can ask of its host. Components receive this through HostContext and never
 * import office.js: src/taskpane/excel.ts implements it with Excel.run, tests with a simulator.
 */
export interface ReconcilerHost {
  /** Office's UI language, e.g. `zh-CN` or `en-GB`. */
  readonly displayLanguage: string;
  /** Whether marks carry cell notes (ExcelApi 1.18); without them the pane is the explanation. */
  readonly notesSupported: boolean;
  /**
   * Whether the pane and the ribbon button run in one runtime (SharedRuntime 1.1): then the
   * button shows the pane and runs there; otherwise each has its own copy of the settings.
   */
  readonly sharedRuntime: boolean;
  reconcile(settings: PaneSettings, onPhase: (phase: Phase) => void): Promise<PaneResult>;
  clear(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  /** Opens (or brings forward) the task pane: shared runtime only. */
  showPane(): Promise<void>;
  /** A small dialog saying why nothing could be reconciled (the ribbon has no other UI). */
  showDialog(reason: string, language: Language): Promise<void>;
  /** The selected cell: how a user points at the header cell of a column role. */
  selectedCell(): Promise<{ sheet: string; cell: string; text?: string }>;
  loadSettings(): Promise<PaneSettings | undefined>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** What the ribbon command last did in this workbook, if anything. */
  lastCommandRun(): LastRun | undefined;
  /** Remembers what the ribbon command did, for the pane to show when opened. */
  recordCommandRun(run: LastRun): Promise<void>;
}

export type Phase = 'reading' | 'checking' | 'marking' | 'summarising';

export interface PaneResult {
  readonly sheets: readonly { readonly name: string; readonly role: SheetRole }[];
  readonly findings: readonly Finding[];
  /** What the run wrote into the workbook, for the pane to say so. */
  readonly written?: Written;
  /**
   * The grid as read and the product's own sheets, so that changing the language or strict mode
   * re-runs the core on what was read instead of reading the workbook again.
   */
  readonly grid?: WorkbookGrid;
  readonly ignoreSheets?: readonly string[];
}

export interface Written {
  /** Cells filled with a highlight. */
  readonly marked: number;
  /** Of those, cells that got a note (0 without ExcelApi 1.18). */
  readonly notes: number;
  /** The summary sheet's name, when one was written. */
  readonly summarySheet?: string;
  /** Marked cells holding a threaded comment: no note there, the explanation is in the pane. */
  readonly withoutNote?: readonly { readonly sheet: string; readonly cell: string }[];
}

/** The user's choices, remembered in the workbook (document settings). */
export interface PaneSettings {
  readonly strict: boolean;
  readonly language: Language;
  /** Per sheet, role → A1 address of the header cell the user picked. */
  readonly overrides: Readonly<Record<string, RoleOverrides>>;
}

/** Summary the ribbon command leaves for the pane (it has no UI of its own). */
export interface LastRun {
  readonly at: string;
  readonly counts?: { readonly error: number; readonly warning: number; readonly info: number };
  readonly failure?: string;
}

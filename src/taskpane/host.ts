import type { RoleOverrides } from '../core/detect/sheet';
import type { Finding, Language } from '../core/model/finding';
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
  reconcile(settings: PaneSettings, onPhase: (phase: Phase) => void): Promise<PaneResult>;
  clear(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The selected cell: how a user points at the header cell of a column role. */
  selectedCell(): Promise<{ sheet: string; cell: string }>;
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

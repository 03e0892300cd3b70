/**
 * The one seam between the adapter and office.js: how to open a request context. The add-in
 * passes `Excel.run`; tests pass the simulator's `run`. Nothing here imports office.js at load
 * time, so the module also loads under jest.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the host supports beyond the manifest's minimum (ExcelApi 1.9). */
export interface ExcelCapabilities {
  /** Worksheet.notes (ExcelApi 1.18): without it marks are fill only. */
  readonly notes: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): without it merges read as none. */
  readonly merges: boolean;
  /** Worksheet.comments (ExcelApi 1.10): threaded comments, whose cells cannot take a note. */
  readonly comments: boolean;
  /**
   * Worksheet.names (ExcelApi 1.4): the rename-proof sheet marker. Without it records carry no
   * `sheetKey` and Clear finds a sheet by the name it had when marked.
   */
  readonly names: boolean;
}

/**
 * Excel on the web rejects a request or response over 5 MB; we plan each sync to stay under
 * 4 MB, with estimates that err on the large side.
 */
export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;

/** The planning budget: a quarter below the limit, since sizes are estimated before sending. */
export const SYNC_BUDGET_BYTES = 3 * 1024 * 1024;

export function capabilitiesOf(requirements: {
  isSetSupported(name: string, minVersion?: string): boolean;
}): ExcelCapabilities {
  return {
    notes: requirements.isSetSupported('ExcelApi', '1.18'),
    merges: requirements.isSetSupported('ExcelApi', '1.13'),
    comments: requirements.isSetSupported('ExcelApi', '1.10'),
    names: requirements.isSetSupported('ExcelApi', '1.4'),
  };
}

const encoder = new TextEncoder();

/** UTF-8 size of a value as JSON: what it costs on the wire. */
export function wireBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/**
 * The worker's files: each one's bytes (for the annotated copy) and grid (for the sheet view),
 * reconciled with the command line's own code path — the fast reader into a GridPort, then the
 * one use case every front end calls — so the JSON is the command line's, byte for byte.
 */
import { CannotReconcileError } from '../../core/errors';
import { formatTables } from '../../core/findings/explain';
import { maskIds } from '../../core/findings/privacy';
import { buildReport } from '../../core/findings/report';
import { cellText, columnCount, type WorkbookGrid } from '../../core/model/grid';
import { REGISTRY_SHEET, type Mark } from '../../core/port/marks';
import type { SummaryLayout } from '../../core/summary/layout/types';
import { reconcileWorkbook } from '../../core/usecase/reconcileWorkbook';
import { compoundKind } from '../../xlsx/compoundFile';
import { GridPort, openGridPort } from '../../xlsx/fast/GridPort';
import { legacyPackageOf } from '../../xlsx/legacyPackage';
import type { FileReport, Phase, RowsWindow, RunOptions, WrittenWorkbook } from '../protocol';
import { annotateAvailability, annotatePackage, clearPackage } from './annotate';
import { inflaterFor } from './inflate';
import { pageSummary } from './summary';

interface OpenFile {
  readonly name: string;
  /** The workbook's package: the file's own, or for an .xls / .et the .xlsx made from it. */
  readonly bytes: Uint8Array;
  readonly fromLegacy: boolean;
  readonly grid: WorkbookGrid;
  /** From the last run: what the annotated copy gets. */
  marks: readonly Mark[];
  summary: SummaryLayout | undefined;
  options: RunOptions | undefined;
}

/** At most this many rows per window: the view asks for what it shows, plus a margin. */
const MAX_WINDOW_ROWS = 2000;

const files = new Map<number, OpenFile>();

function fileOf(fileId: number): OpenFile {
  const file = files.get(fileId);
  if (!file) throw new Error(`no open file ${fileId}`);
  return file;
}

/** `name.xlsx` → `name.annotated.xlsx`, as the command line's folder mode names copies. */
export function derivedName(name: string, suffix: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem}.${suffix}.xlsx`;
}

async function run(file: OpenFile, options: RunOptions): Promise<FileReport> {
  const port = new GridPort(file.grid);
  // As the command line: the summary is laid out once, here, for the page and the copy alike.
  const result = await reconcileWorkbook(port, { ...options, summary: false });
  const summary = pageSummary(result, options);
  await port.writeSummary(summary.layout);
  file.marks = port.marks;
  file.summary = summary.layout;
  file.options = options;
  const report = buildReport(file.name, result);
  return {
    report,
    json: JSON.stringify(report, null, 2) + '\n',
    narrative: summary.narrative,
    explain: maskIds(formatTables(report.sheets, options.language)),
    checks: summary.checks,
    checksOmitted: summary.checksOmitted,
    sheets: file.grid.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows.length,
      columns: columnCount(sheet),
    })),
    annotate: annotateAvailability(),
    annotated: file.grid.sheets.some((sheet) => sheet.name === REGISTRY_SHEET),
    fromLegacy: file.fromLegacy,
  };
}

/** Reads and reconciles a file the user chose; it stays open for windows and downloads. */
export async function openFile(
  fileId: number,
  name: string,
  bytes: Uint8Array,
  options: RunOptions,
  progress: (phase: Phase) => void,
): Promise<FileReport> {
  progress('reading');
  // An .xls / .et is reconciled as the .xlsx its values make, so the copy has what was checked.
  const fromLegacy = compoundKind(bytes) === 'binary-workbook';
  const workbook = fromLegacy ? legacyPackageOf(name, bytes) : bytes;
  const port = openGridPort(name, workbook, await inflaterFor(workbook));
  const file: OpenFile = {
    name,
    bytes: workbook,
    fromLegacy,
    grid: port.grid,
    marks: [],
    summary: undefined,
    options: undefined,
  };
  progress('checking');
  const report = await run(file, options);
  files.set(fileId, file);
  return report;
}

/** Reconciles an open file again, with other settings (strict mode, language). */
export function rerunFile(fileId: number, options: RunOptions): Promise<FileReport> {
  return run(fileOf(fileId), options);
}

/** The cells of rows `top` … `top + count - 1` of one sheet, as the text they hold. */
export function rowsWindow(
  fileId: number,
  sheetName: string,
  top: number,
  count: number,
): RowsWindow {
  const sheet = fileOf(fileId).grid.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const first = Math.max(0, Math.floor(top));
  const last = Math.min(sheet.rows.length, first + Math.min(MAX_WINDOW_ROWS, Math.max(0, count)));
  const rows: string[][] = [];
  for (let r = first; r < last; r++) rows.push((sheet.rows[r] ?? []).map(cellText));
  return { top: first, rows };
}

/** The annotated copy of an open file, from its last run. */
export function annotateFile(fileId: number): WrittenWorkbook {
  const file = fileOf(fileId);
  if (!file.summary || !file.options)
    throw new CannotReconcileError(`${file.name}: not reconciled`);
  const bytes = annotatePackage({
    bytes: file.bytes,
    marks: file.marks,
    summary: file.summary,
    language: file.options.language,
  });
  return { name: derivedName(file.name, 'annotated'), bytes: bytes.slice().buffer };
}

/** A copy of an open file with the product's marks removed. */
export function clearFile(fileId: number): WrittenWorkbook {
  const file = fileOf(fileId);
  return {
    name: derivedName(file.name, 'cleared'),
    bytes: clearPackage(file.bytes).slice().buffer,
  };
}

export function forgetFile(fileId: number): void {
  files.delete(fileId);
}

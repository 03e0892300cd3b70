import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../core/model/grid';
import {
  combinedNote,
  MARK_FILL,
  REGISTRY_SHEET,
  type Mark,
  type MarkRecord,
} from '../core/port/marks';
import {
  decodeRegistry,
  encodeRegistry,
  EMPTY_REGISTRY,
  type RegistryState,
} from '../core/port/registry';
import type { WorkbookPort } from '../core/port/WorkbookPort';
import { sheetNameFor, type SummaryLayout } from '../core/summary/layout';
import { SUMMARY_MESSAGES } from '../core/summary/messages';
import { sheetGridOf, workbookGridOf } from './exceljsGrid';
import { fillOfSnapshot, snapshotFill, solidFill } from './fill';
import { patchInternalHyperlinks } from './internalLinks';
import { writeSummarySheet } from './summarySheet';

// Internal hyperlinks survive reading and writing through ExcelJS (see internalLinks.ts).
patchInternalHyperlinks();

function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * ExcelJS caches one style object per style id and hands it to every cell that uses it, so a
 * fill must be set on a copy of the cell's style or every cell sharing it would change colour.
 */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

function setNote(cell: ExcelJS.Cell, note: string | null): void {
  if (note !== null) {
    cell.note = note;
    return;
  }
  // ExcelJS has no public way to delete a note. Its cell keeps it in `_comment`; a cell loaded
  // from a file also keeps the loaded model, comment included, as its value's model, and writes
  // that back: both must go, or the note returns after save and reopen.
  const internal = cell as unknown as {
    _comment?: unknown;
    _value?: { model?: { comment?: unknown } };
  };
  internal._comment = undefined;
  if (internal._value?.model) delete internal._value.model.comment;
}

const SUMMARY_TITLES = new Set(Object.values(SUMMARY_MESSAGES).map((messages) => messages.title));

function isSummarySheet(worksheet: ExcelJS.Worksheet): boolean {
  const title = worksheet.getCell('A1').value;
  return typeof title === 'string' && SUMMARY_TITLES.has(title);
}

function sameFill(cell: ExcelJS.Cell, rgb: string): boolean {
  const snapshot = snapshotFill(cell.fill);
  return snapshot.kind === 'solid' && snapshot.color === rgb;
}

/** The workbook port over an ExcelJS workbook held in memory (the command line, tests, the web page). */
export class XlsxPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readGrid(): Promise<WorkbookGrid> {
    return workbookGridOf(this.workbook);
  }

  async productSheets(): Promise<readonly string[]> {
    return [REGISTRY_SHEET, ...this.registry().sheets];
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    const registry = this.registry();
    this.restore(registry.marks);
    const records: MarkRecord[] = [];
    for (const mark of marks) {
      const worksheet = this.workbook.getWorksheet(mark.sheet);
      if (!worksheet) continue;
      const cell = worksheet.getCell(mark.cell);
      const previousNote = cell.note;
      const note = combinedNote(noteText(previousNote), mark.note);
      records.push({
        sheet: mark.sheet,
        cell: mark.cell,
        previousFill: snapshotFill(cell.fill),
        previousNote: noteText(previousNote),
        // A formatted note (Excel writes the author in bold) is kept whole, to come back as it was.
        ...(previousNote && typeof previousNote === 'object'
          ? { previousNoteRaw: JSON.stringify(previousNote) }
          : {}),
        note,
      });
      setFill(cell, solidFill(MARK_FILL[mark.severity]));
      setNote(cell, note);
    }
    this.writeRegistry({ marks: records, sheets: registry.sheets });
  }

  async clearMarks(): Promise<void> {
    const registry = this.registry();
    this.restore(registry.marks);
    this.removeProductSheets(registry.sheets);
    this.writeRegistry(EMPTY_REGISTRY);
  }

  async writeSummary(layout: SummaryLayout): Promise<string> {
    const registry = this.registry();
    this.removeProductSheets(registry.sheets);
    const existing = this.workbook.worksheets.map((worksheet) => worksheet.name);
    const name = sheetNameFor(layout.sheetName, existing, []);
    writeSummarySheet(this.workbook, layout, name);
    // Rewritten even when unchanged, so the registry stays the last sheet on every run.
    this.writeRegistry({ marks: registry.marks, sheets: [name] });
    return name;
  }

  /** Records a sheet the product created, so it is replaced on the next run and never reconciled. */
  registerSheet(name: string): void {
    const registry = this.registry();
    if (registry.sheets.includes(name)) return;
    this.writeRegistry({ marks: registry.marks, sheets: [...registry.sheets, name] });
  }

  registry(): RegistryState {
    const worksheet = this.workbook.getWorksheet(REGISTRY_SHEET);
    return worksheet ? decodeRegistry(sheetGridOf(worksheet).rows) : EMPTY_REGISTRY;
  }

  /**
   * Puts back each recorded cell's previous fill and note, unless the user has changed that
   * cell's fill or note since the product marked it: then the user's choice stays.
   */
  private restore(records: readonly MarkRecord[]): void {
    for (const record of records) {
      const cell = this.workbook.getWorksheet(record.sheet)?.getCell(record.cell);
      if (!cell) continue;
      const markColours = Object.values(MARK_FILL);
      if (markColours.some((rgb) => sameFill(cell, rgb)))
        setFill(cell, fillOfSnapshot(record.previousFill));
      if (noteText(cell.note) === record.note) {
        // ExcelJS's JSON of a note; the package patcher keeps the note's XML instead.
        if (record.previousNoteRaw?.startsWith('{'))
          cell.note = JSON.parse(record.previousNoteRaw) as ExcelJS.Comment;
        else setNote(cell, record.previousNote);
      }
    }
  }

  /**
   * Deletes the sheets the registry lists, each only if it still is the product's summary (its
   * title cell says so): a sheet the user renamed it to, or made in its place, stays.
   */
  private removeProductSheets(names: readonly string[]): void {
    for (const name of names) {
      const worksheet = this.workbook.getWorksheet(name);
      if (worksheet && isSummarySheet(worksheet)) this.workbook.removeWorksheet(worksheet.id);
    }
  }

  private writeRegistry(state: RegistryState): void {
    const existing = this.workbook.getWorksheet(REGISTRY_SHEET);
    if (existing) this.workbook.removeWorksheet(existing.id);
    if (!state.marks.length && !state.sheets.length) return;
    const worksheet = this.workbook.addWorksheet(REGISTRY_SHEET, { state: 'veryHidden' });
    for (const row of encodeRegistry(state)) worksheet.addRow(row);
  }
}

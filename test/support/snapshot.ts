import ExcelJS from 'exceljs';
import { snapshotFill } from '../../src/xlsx/fill';

/** What a user sees of one cell: its value, its fill and its note. */
export interface CellSnapshot {
  readonly value: string;
  readonly fill: string;
  readonly note: string | null;
  /** The note as ExcelJS reads it (runs, fonts, margins), so formatting counts too. */
  readonly noteModel: string;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly state: string;
  readonly cells: Readonly<Record<string, CellSnapshot>>;
}

function noteOf(cell: ExcelJS.Cell): string | null {
  const note = cell.note;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * Every sheet in tab order with every cell that has a value, a fill or a note: the comparison
 * the non-destructive tests make (cell by cell, never file bytes).
 */
export function workbookSnapshot(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map((worksheet) => {
    const cells: Record<string, CellSnapshot> = {};
    worksheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = snapshotFill(cell.fill);
        const note = noteOf(cell);
        const value = cell.value;
        if ((value === null || value === undefined) && fill.kind === 'none' && note === null)
          return;
        cells[cell.address] = {
          value: JSON.stringify(value ?? null),
          fill: JSON.stringify(fill),
          note,
          noteModel: JSON.stringify(cell.note ?? null),
        };
      });
    });
    return { name: worksheet.name, state: worksheet.state ?? 'visible', cells };
  });
}

/** Saves to bytes and loads them again, as a user saving and reopening the file. */
export async function saveAndReload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(bytes);
  return reloaded;
}

import ExcelJS from 'exceljs';

/** A cell in a spec: a plain value, a value with a number format, or a formula with its cached result. */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | { readonly v: string | number | boolean; readonly fmt?: string }
  | { readonly f: string; readonly result: number | string; readonly fmt?: string }
  | { readonly error: '#REF!' | '#N/A' | '#VALUE!' | '#DIV/0!' };

export interface SheetSpec {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpec>>;
  readonly merges?: readonly string[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /** A number format applied to every numeric cell without its own. */
  readonly numFmt?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
}

function applyCell(cell: ExcelJS.Cell, spec: CellSpec, sheetFmt: string | undefined): void {
  if (spec === null) return;
  if (typeof spec !== 'object') {
    cell.value = spec;
    if (typeof spec === 'number' && sheetFmt) cell.numFmt = sheetFmt;
    return;
  }
  if ('error' in spec) {
    cell.value = { error: spec.error };
    return;
  }
  if ('f' in spec) {
    cell.value = { formula: spec.f, result: spec.result };
  } else {
    cell.value = spec.v;
  }
  const fmt =
    spec.fmt ?? (typeof ('f' in spec ? spec.result : spec.v) === 'number' ? sheetFmt : undefined);
  if (fmt) cell.numFmt = fmt;
}

/** Builds a real ExcelJS workbook from a spec: what an accountant's file looks like, cell by cell. */
export function buildWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.state ?? 'visible' });
    sheet.rows.forEach((row, r) => {
      row.forEach((cellSpec, c) =>
        applyCell(worksheet.getCell(r + 1, c + 1), cellSpec, sheet.numFmt),
      );
    });
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  return workbook;
}

export async function workbookBytes(spec: WorkbookSpec): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(spec).xlsx.writeBuffer());
}

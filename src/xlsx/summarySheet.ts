import type ExcelJS from 'exceljs';
import {
  internalLinkTarget,
  LINE_HEIGHT_POINTS,
  STYLE_HINTS,
  type CellStyle,
  type LayoutCell,
  type SummaryLayout,
} from '../core/summary/layout';
import { patchInternalHyperlinks } from './internalLinks';

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/** A fresh style object per cell (never a shared one: see XlsxPort's setFill). */
function styleOf(name: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!name) return {};
  const hint = STYLE_HINTS[name];
  const style: Partial<ExcelJS.Style> = {
    font: {
      ...(hint.bold ? { bold: true } : {}),
      ...(hint.size ? { size: hint.size } : {}),
      ...(hint.color ? { color: { argb: `FF${hint.color}` } } : {}),
      ...(hint.underline ? { underline: true } : {}),
    },
    alignment: {
      ...(hint.wrap ? { wrapText: true } : {}),
      ...(hint.horizontal ? { horizontal: hint.horizontal } : {}),
      ...(hint.vertical ? { vertical: hint.vertical } : {}),
    },
  };
  if (hint.fill)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hint.fill}` } };
  if (hint.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

/**
 * One layout cell into an ExcelJS cell. Texts are assigned as plain strings: ExcelJS stores a
 * string as a string (shared string) whatever it starts with, so `=HYPERLINK(…)` typed by a
 * user stays text; a formula would need `{ formula }`, which this never builds.
 */
function writeCell(cell: ExcelJS.Cell, spec: LayoutCell): void {
  if (spec.kind === 'empty') return;
  if (spec.kind === 'text') {
    cell.value = spec.text;
  } else if (spec.kind === 'number') {
    cell.value = Number(spec.value);
    cell.numFmt = spec.format;
  } else {
    cell.value = { text: spec.text, hyperlink: `#${internalLinkTarget(spec.target)}` };
  }
  const style = styleOf(spec.style);
  cell.style = spec.kind === 'number' ? { ...style, numFmt: spec.format } : style;
}

/** Adds the summary sheet `name` to the workbook, rendering `layout` row by row. */
export function writeSummarySheet(
  workbook: ExcelJS.Workbook,
  layout: SummaryLayout,
  name: string,
): ExcelJS.Worksheet {
  patchInternalHyperlinks();
  const page = layout.page;
  const worksheet = workbook.addWorksheet(name, {
    views: [{ showGridLines: false }],
    ...(page
      ? {
          pageSetup: {
            orientation: page.orientation,
            paperSize: 9, // A4
            fitToPage: true,
            fitToWidth: page.fitToPagesWide,
            fitToHeight: 0,
          },
        }
      : {}),
  });
  layout.columns.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  layout.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    let col = 1;
    for (const spec of row.cells) {
      const span = Math.max(1, spec.span ?? 1);
      writeCell(worksheet.getCell(rowNumber, col), spec);
      if (span > 1) {
        // Borders and fills of a merged range are drawn from each covered cell.
        const style = styleOf(spec.kind === 'empty' ? undefined : spec.style);
        for (let c = col + 1; c < col + span; c++) worksheet.getCell(rowNumber, c).style = style;
        worksheet.mergeCells(rowNumber, col, rowNumber, col + span - 1);
      }
      col += span;
    }
    if (row.lines) worksheet.getRow(rowNumber).height = row.lines * LINE_HEIGHT_POINTS;
  });
  return worksheet;
}

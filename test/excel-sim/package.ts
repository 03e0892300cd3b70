import { readWorkbookGrid } from '../../src/xlsx/fast';
import { commentText } from '../../src/xlsx/patch/comments';
import { FFLATE_CODEC } from '../../src/xlsx/patch/codec';
import { snapshotOfFill } from '../../src/xlsx/patch/fills';
import { readRelationships, readSheets, REL, workbookPartOf } from '../../src/xlsx/patch/parts';
import { Styles } from '../../src/xlsx/patch/styles';
import { ZipPackage } from '../../src/xlsx/patch/zipPackage';
import { parseAddress } from '../../src/xlsx/patch/sheetCells';
import { readPackageNames } from './packageNames';
import { cellKey, documentFromGrid, emptyCell, type SimDocument } from './state';

/**
 * The simulator's document built from a package through the fast reader (values, formats,
 * merges) and the package's own parts (notes, solid fills): for workbooks ExcelJS cannot load
 * (charts from openpyxl, `x:`-prefixed XML), so they enter the parity tests too.
 */
export function documentFromPackage(bytes: Uint8Array): SimDocument {
  const doc = documentFromGrid(readWorkbookGrid(bytes));
  const pkg = new ZipPackage(bytes, FFLATE_CODEC);
  const workbook = workbookPartOf(pkg);
  const stylesRel = readRelationships(pkg, workbook).find((r) => r.type === REL.styles);
  const styles = new Styles(stylesRel?.part ? pkg.text(stylesRel.part) : undefined);
  for (const info of readSheets(pkg, workbook)) {
    const sheet = doc.sheets.find((s) => s.name === info.name);
    if (!sheet || !info.part) continue;
    const xml = pkg.text(info.part) ?? '';
    for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?\bs="(\d+)"/g)) {
      const fill = snapshotOfFill(styles.fillOfXf(Number(m[2])));
      if (fill.kind !== 'solid' || !fill.color) continue;
      const { row, col } = parseAddress(m[1]);
      const key = cellKey(row - 1, col - 1);
      const cell = sheet.cells.get(key) ?? emptyCell();
      cell.fill = { pattern: 'Solid', color: `#${fill.color}`, patternColor: '#000000' };
      sheet.cells.set(key, cell);
    }
    for (const rel of readRelationships(pkg, info.part)) {
      if (rel.type !== REL.comments || !rel.part) continue;
      const comments = pkg.text(rel.part) ?? '';
      for (const c of comments.matchAll(
        /<((?:\w+:)?comment)\b[^>]*\bref="([^"]+)"[\s\S]*?<\/\1>/g,
      )) {
        sheet.notes.set(c[2], commentText(c[0]));
      }
    }
  }
  readPackageNames(doc, bytes);
  return doc;
}

/**
 * Fast .xlsx reader: fflate for the zip, a byte-level XML scanner for the parts. It gives the
 * same WorkbookGrid as `workbookGridOf(await new ExcelJS.Workbook().xlsx.load(bytes))`
 * (../exceljsGrid.ts) in a fraction of the time and memory; see docs/fast-reader.md.
 */
import type { SheetGrid, SheetVisibility, WorkbookGrid } from '../../core/model/grid';
import { readSharedStrings, type SharedString } from './sharedStrings';
import { createSheetParser, readSheetBytes } from './sheet';
import { NO_STYLES, readStyles } from './styles';
import {
  checkedSheetName,
  readRelationships,
  readWorkbook,
  sheetPartPath,
  type SheetEntry,
} from './workbook';
import { NotAWorkbookError, ZipParts, type InflateRaw } from './zip';
import { CellBudget } from './limits';

export { NotAWorkbookError, type InflateRaw } from './zip';
export { READ_LIMITS, ReadLimitError } from './limits';

export interface ReadOptions {
  /**
   * A faster inflater for whole parts, such as node:zlib's (see ./nodeInflate.ts). Without it
   * fflate inflates, and each sheet is streamed in chunks so its XML is never whole in memory.
   */
  readonly inflateRaw?: InflateRaw;
}

const NO_HYPERLINKS: ReadonlySet<string> = new Set();
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

function visibilityOf(state: string | undefined): SheetVisibility {
  return !state || state === 'visible' ? 'visible' : (state as SheetVisibility);
}

/** Sheet parts ExcelJS would load (name → sheet number), and their relationship parts. */
function worksheetParts(zip: ZipParts): { sheets: Map<string, string>; rels: Map<string, string> } {
  const sheets = new Map<string, string>();
  const rels = new Map<string, string>();
  for (const name of zip.names) {
    const sheet = WORKSHEET_PART.exec(name);
    if (sheet) {
      sheets.set(name, sheet[1]);
      continue;
    }
    const rel = WORKSHEET_RELS_PART.exec(name);
    if (rel) rels.set(rel[1], name);
  }
  return { sheets, rels };
}

/**
 * Reads an .xlsx file's every worksheet, in tab order, as the core's grids.
 *
 * @param bytes the file's content
 * @param options how parts are inflated
 * @returns the workbook grid, equal to what the ExcelJS adapter reads
 * @throws NotAWorkbookError when the bytes are not a zip package holding xl/workbook.xml
 * @throws Error when a part is malformed in a way ExcelJS would also refuse
 */
export function readWorkbookGrid(bytes: Uint8Array, options: ReadOptions = {}): WorkbookGrid {
  const zip = new ZipParts(bytes, options.inflateRaw);
  const workbookXml = zip.read('xl/workbook.xml');
  if (workbookXml === undefined) {
    throw new NotAWorkbookError('not an .xlsx workbook (the package has no xl/workbook.xml)');
  }
  const workbook = readWorkbook(workbookXml);
  const workbookRelsXml = zip.read('xl/_rels/workbook.xml.rels');
  const workbookRels = workbookRelsXml
    ? readRelationships(workbookRelsXml)
    : new Map<string, string>();
  const stylesXml = zip.read('xl/styles.xml');
  const styles = stylesXml ? readStyles(stylesXml) : NO_STYLES;
  const sharedStringsXml = zip.read('xl/sharedStrings.xml');
  const sharedStrings: SharedString[] = sharedStringsXml ? readSharedStrings(sharedStringsXml) : [];
  const parts = worksheetParts(zip);

  // Sheets in workbook.xml order that resolve to a worksheet part (chart sheets do not).
  const found: { entry: SheetEntry; path: string }[] = [];
  for (const entry of workbook.sheets) {
    const target = entry.relId === undefined ? undefined : workbookRels.get(entry.relId);
    if (target === undefined) continue;
    const path = sheetPartPath(target);
    if (parts.sheets.has(path)) found.push({ entry, path });
  }

  const taken = new Set<string>();
  const grids: SheetGrid[] = [];
  const cells = new CellBudget();
  const shared = {
    sharedStrings,
    styles,
    date1904: workbook.date1904,
    recalculate: workbook.fullCalcOnLoad,
  };
  for (const { entry, path } of found) {
    const context = { ...shared, part: path, cells };
    const name = checkedSheetName(entry.name, taken);
    const relsPart = parts.rels.get(parts.sheets.get(path) ?? '');
    const relsXml = relsPart === undefined ? undefined : zip.read(relsPart);
    const relationships = relsXml ? readRelationships(relsXml) : undefined;
    const visibility = visibilityOf(entry.state);
    // One streamed pass; a sheet with hyperlinks is read again knowing which cells they mark.
    const parser = createSheetParser(context, NO_HYPERLINKS, relationships);
    if (!zip.stream(path, (chunk, final) => parser.push(chunk, final))) continue;
    if (!parser.sawHyperlink) {
      grids.push(parser.finish(name, visibility));
      continue;
    }
    const sheetXml = zip.read(path) ?? new Uint8Array(0);
    // The first pass already counted this sheet's cells against the workbook's budget.
    const again = { ...context, cells: new CellBudget() };
    grids.push(readSheetBytes(sheetXml, name, visibility, again, relationships));
  }
  return { sheets: grids };
}

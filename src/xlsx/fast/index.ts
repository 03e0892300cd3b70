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
  readRelationshipList,
  readRelationships,
  readWorkbook,
  relsPathOf,
  resolvePart,
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
const WORKSHEET_TYPE = /\/relationships\/worksheet$/;
const OFFICE_DOCUMENT_TYPE = /\/relationships\/officeDocument$/;

function visibilityOf(state: string | undefined): SheetVisibility {
  return !state || state === 'visible' ? 'visible' : (state as SheetVisibility);
}

/** The workbook part, from the package relationships (`xl/workbook.xml` by convention). */
function workbookPart(zip: ZipParts): string {
  const rels = zip.read('_rels/.rels');
  if (rels) {
    for (const rel of readRelationshipList(rels)) {
      if (OFFICE_DOCUMENT_TYPE.test(rel.type)) {
        const part = resolvePart('', rel.target);
        if (zip.has(part)) return part;
      }
    }
  }
  return 'xl/workbook.xml';
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
  const wbPart = workbookPart(zip);
  const workbookXml = zip.read(wbPart);
  if (workbookXml === undefined) {
    throw new NotAWorkbookError('not an .xlsx workbook (the package has no xl/workbook.xml)');
  }
  const workbook = readWorkbook(workbookXml);
  const workbookRelsXml = zip.read(relsPathOf(wbPart));
  const workbookRels = new Map(
    (workbookRelsXml ? readRelationshipList(workbookRelsXml) : []).map((rel) => [rel.id, rel]),
  );
  // Styles and shared strings by relationship, with the usual names as the fallback.
  const partOfType = (type: RegExp, fallback: string): string => {
    for (const rel of workbookRels.values()) {
      if (type.test(rel.type)) return resolvePart(wbPart, rel.target);
    }
    return fallback;
  };
  const stylesXml = zip.read(partOfType(/\/relationships\/styles$/, 'xl/styles.xml'));
  const styles = stylesXml ? readStyles(stylesXml) : NO_STYLES;
  const sharedStringsXml = zip.read(
    partOfType(/\/relationships\/sharedStrings$/, 'xl/sharedStrings.xml'),
  );
  const sharedStrings: SharedString[] = sharedStringsXml ? readSharedStrings(sharedStringsXml) : [];

  // Sheets in workbook.xml order whose relationship is a worksheet (chart and dialog sheets
  // hold no cells). A worksheet whose part is missing is an error, never a sheet left out.
  const found: { entry: SheetEntry; path: string }[] = [];
  for (const entry of workbook.sheets) {
    const rel = entry.relId === undefined ? undefined : workbookRels.get(entry.relId);
    if (rel === undefined || !WORKSHEET_TYPE.test(rel.type)) continue;
    const path = resolvePart(wbPart, rel.target);
    if (!zip.has(path)) {
      throw new Error(`Invalid workbook: the part of sheet ${entry.name} (${path}) is missing`);
    }
    found.push({ entry, path });
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
    const relsXml = zip.read(relsPathOf(path));
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

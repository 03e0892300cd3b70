/**
 * xl/workbook.xml and relationship parts: which sheets exist, in tab order, under which names,
 * with which visibility, and where each sheet's XML lives in the package.
 */
import { END, OPEN, XmlCursor, names } from './xmlCursor';
import { xmlDecodeAgain } from './text';

export interface SheetEntry {
  readonly name: string;
  readonly id: number;
  readonly state: string | undefined;
  readonly relId: string | undefined;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /**
   * `<calcPr fullCalcOnLoad="1">`: the writer asks for every formula to be recalculated on open
   * (XlsxWriter does, caching 0 for every formula), so the cached results are placeholders.
   */
  readonly fullCalcOnLoad: boolean;
}

const N = names(
  'sheet',
  'workbookPr',
  'date1904',
  'name',
  'sheetId',
  'state',
  'r:id',
  'calcPr',
  'fullCalcOnLoad',
);
const R = names('Relationship', 'Id', 'Target');

export function readWorkbook(bytes: Uint8Array): WorkbookInfo {
  const cursor = new XmlCursor(bytes);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let fullCalcOnLoad = false;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token !== OPEN) continue;
    if (cursor.is(N.sheet)) {
      sheets.push({
        // ExcelJS decodes entities in sheet names a second time (`utils.xmlDecode`).
        name: xmlDecodeAgain(cursor.attribute(N.name) ?? ''),
        id: parseInt(cursor.attribute(N.sheetId) ?? '', 10),
        state: cursor.attribute(N.state),
        relId: cursor.attribute(N['r:id']),
      });
    } else if (cursor.is(N.workbookPr)) {
      date1904 = cursor.attribute(N.date1904) === '1';
    } else if (cursor.is(N.calcPr)) {
      const value = cursor.attribute(N.fullCalcOnLoad);
      fullCalcOnLoad = value === '1' || value === 'true';
    }
  }
  return { sheets, date1904, fullCalcOnLoad };
}

/** A relationships part as Id → Target. */
export function readRelationships(bytes: Uint8Array): Map<string, string> {
  const cursor = new XmlCursor(bytes);
  const targets = new Map<string, string>();
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token !== OPEN || !cursor.is(R.Relationship)) continue;
    const id = cursor.attribute(R.Id);
    const target = cursor.attribute(R.Target);
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return targets;
}

/** Where ExcelJS looks for a sheet whose relationship target is `target`. */
export function sheetPartPath(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
}

/**
 * A worksheet name as ExcelJS's setter leaves it: longer than 31 characters is cut; names Excel
 * forbids make ExcelJS refuse the file, and so do we.
 */
export function checkedSheetName(name: string, taken: Set<string>): string {
  if (name === '') throw new Error('Invalid workbook: a sheet has an empty name');
  if (name === 'History') throw new Error('Invalid workbook: sheet name "History" is reserved');
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) {
    throw new Error(`Invalid workbook: sheet name ${name} has a forbidden character`);
  }
  const kept = name.length > 31 ? name.substring(0, 31) : name;
  const key = kept.toLowerCase();
  if (taken.has(key)) throw new Error(`Invalid workbook: two sheets are named ${kept}`);
  taken.add(key);
  return kept;
}

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
const R = names('Relationship', 'Id', 'Target', 'Type', 'TargetMode');

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
        relId: cursor.attribute(N['r:id']) ?? relationshipId(cursor),
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

/** The `…:id` attribute under whatever prefix the writer bound the relationships namespace to. */
function relationshipId(cursor: XmlCursor): string | undefined {
  const n = cursor.readAttributes();
  for (let a = 0; a < n; a++) {
    const start = cursor.attrNameStart[a];
    const end = cursor.attrNameEnd[a];
    if (
      end - start > 3 &&
      cursor.bytes[end - 3] === 0x3a &&
      cursor.bytes[end - 2] === 0x69 &&
      cursor.bytes[end - 1] === 0x64
    ) {
      return cursor.attribute(cursor.bytes.subarray(start, end));
    }
  }
  return undefined;
}

export interface RelationshipEntry {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** A relationships part's internal relationships, in order. */
export function readRelationshipList(bytes: Uint8Array): RelationshipEntry[] {
  const cursor = new XmlCursor(bytes);
  const out: RelationshipEntry[] = [];
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token !== OPEN || !cursor.is(R.Relationship)) continue;
    if (cursor.attribute(R.TargetMode) === 'External') continue;
    const id = cursor.attribute(R.Id);
    const target = cursor.attribute(R.Target);
    if (id !== undefined && target !== undefined)
      out.push({ id, type: cursor.attribute(R.Type) ?? '', target });
  }
  return out;
}

/** The relationships part of a part (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder (absolute targets too). */
export function resolvePart(source: string, target: string): string {
  const clean = target.trim().split('#')[0];
  const segments = clean.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(safeDecode(segment));
  }
  return segments.join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
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

/**
 * A worksheet name as the file has it (never cut: findings must name the sheet the user sees,
 * whatever length another writer allowed); names Excel forbids make the file unreadable.
 */
export function checkedSheetName(name: string, taken: Set<string>): string {
  if (name === '') throw new Error('Invalid workbook: a sheet has an empty name');
  if (name === 'History') throw new Error('Invalid workbook: sheet name "History" is reserved');
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) {
    throw new Error(`Invalid workbook: sheet name ${name} has a forbidden character`);
  }
  const kept = name;
  const key = kept.toLowerCase();
  if (taken.has(key)) throw new Error(`Invalid workbook: two sheets are named ${kept}`);
  taken.add(key);
  return kept;
}

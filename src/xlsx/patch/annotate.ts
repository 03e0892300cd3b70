/**
 * The package patcher: marks, notes, the summary and the registry written into the user's own
 * package, everything else kept byte for byte; and the same in reverse for Clear.
 */
import {
  combinedNote,
  MARK_FILL,
  NOTE_PREFIXES,
  REGISTRY_SHEET,
  type Mark,
  type MarkRecord,
} from '../../core/port/marks';
import {
  decodeRegistry,
  encodeRegistry,
  sheetOfRecord,
  type RegistryState,
} from '../../core/port/registry';
import { sheetNameFor, type SummaryLayout } from '../../core/summary/layout';
import { SUMMARY_MESSAGES } from '../../core/summary/messages';
import type { CellValue } from '../../core/model/grid';
import { readSharedStrings, type SharedString } from '../fast/sharedStrings';
import { readSheetBytes } from '../fast/sheet';
import { NO_STYLES } from '../fast/styles';
import { FFLATE_CODEC, type Codec } from './codec';
import { commentText } from './comments';
import { fillOfSnapshot, isMarkFill, snapshotOfFill } from './fills';
import {
  addRelationship,
  CONTENT_TYPE,
  freePartName,
  readRelationships,
  REL,
  workbookPartOf,
  type SheetInfo,
} from './parts';
import { keyOf, NO_STYLE_ATTRIBUTE, parseAddress, restyleCells, type Restyle } from './sheetCells';
import { openNotes, ShapeIds, type LegacyDrawingChange } from './sheetNotes';
import { headWithRelationshipNamespace, patchTail, sheetDataEndOffset } from './sheetTail';
import { registrySheetXml, summarySheetXml } from './newSheets';
import { Styles } from './styles';
import { WorkbookEdit } from './workbookEdit';
import { ZipPackage } from './zipPackage';

export interface PatchOptions {
  /** Compression for the parts written anew (fflate when absent). */
  readonly codec?: Codec;
}

const SUMMARY_TITLES = new Set(Object.values(SUMMARY_MESSAGES).map((m) => m.title));
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function canonical(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}

/** An open package with what every patch needs. */
class Patch {
  readonly pkg: ZipPackage;
  readonly workbook: WorkbookEdit;
  readonly styles: Styles;
  readonly stylesPart: string;
  readonly ids: ShapeIds;
  private sharedStrings: SharedString[] | undefined;

  constructor(bytes: Uint8Array, codec: Codec) {
    this.pkg = new ZipPackage(bytes, codec);
    const part = workbookPartOf(this.pkg);
    if (!this.pkg.has(part))
      throw new Error('not an .xlsx workbook (the package has no workbook part)');
    this.workbook = new WorkbookEdit(this.pkg, part);
    const stylesRel = readRelationships(this.pkg, part).find((r) => r.type === REL.styles);
    this.stylesPart = stylesRel?.part ?? 'xl/styles.xml';
    this.styles = new Styles(this.pkg.text(this.stylesPart));
    this.ids = new ShapeIds(this.pkg);
  }

  /** A sheet's rows (values only), through the fast reader. */
  rowsOf(sheet: SheetInfo): ReadonlyArray<ReadonlyArray<CellValue> | undefined> {
    const xml = sheet.part ? this.pkg.read(sheet.part) : undefined;
    if (!xml) return [];
    const context = { sharedStrings: this.strings(), styles: NO_STYLES, date1904: false };
    return readSheetBytes(xml, sheet.name, 'visible', context, undefined).rows;
  }

  registry(): { sheet: SheetInfo | undefined; state: RegistryState } {
    const sheet = this.workbook.sheets.find((s) => s.name === REGISTRY_SHEET);
    return { sheet, state: sheet ? decodeRegistry(this.rowsOf(sheet)) : { marks: [], sheets: [] } };
  }

  isSummary(sheet: SheetInfo): boolean {
    const title = this.rowsOf(sheet)[0]?.[0];
    return typeof title === 'string' && SUMMARY_TITLES.has(title);
  }

  saveStyles(): void {
    if (!this.styles.changed) return;
    const existed = this.pkg.has(this.stylesPart);
    this.pkg.write(this.stylesPart, this.styles.toXml());
    if (!existed) {
      this.workbook.contentTypes.addOverride(this.stylesPart, CONTENT_TYPE.styles);
      addRelationship(this.pkg, this.workbook.part, REL.styles, this.stylesPart);
    }
  }

  private strings(): SharedString[] {
    if (this.sharedStrings) return this.sharedStrings;
    const rel = readRelationships(this.pkg, this.workbook.part).find(
      (r) => r.type === REL.sharedStrings,
    );
    const xml = rel?.part ? this.pkg.read(rel.part) : undefined;
    this.sharedStrings = xml ? readSharedStrings(xml) : [];
    return this.sharedStrings;
  }
}

/** What one marked (or formerly marked) sheet needs done. */
interface SheetWork {
  readonly sheet: SheetInfo;
  readonly restore: MarkRecord[];
  readonly mark: Mark[];
}

/**
 * The style a recorded cell goes back to: its old index when the file was not re-saved in
 * between, else its current format with the recorded fill; a fill the user changed stays.
 */
function restoredStyle(patch: Patch, record: MarkRecord, current: number): number {
  const { styles } = patch;
  const trace = record.style;
  if (trace && current === trace.marked) {
    const previous = styles.item('cellXfs', trace.previous);
    if (previous !== undefined && canonical(previous) === canonical(trace.xf))
      return trace.bare ? NO_STYLE_ATTRIBUTE : trace.previous;
  }
  if (!isMarkFill(styles.fillOfXf(current))) return current;
  return styles.xfWithFill(current, fillOfSnapshot(record.previousFill, styles));
}

function isOurs(note: string): boolean {
  return NOTE_PREFIXES.some((prefix) => note.includes(prefix));
}

/** Rewrites one sheet: styles of its recorded and marked cells, its notes, its legacyDrawing. */
function patchSheet(
  patch: Patch,
  work: SheetWork,
  key: string | undefined,
  records: MarkRecord[],
): void {
  const part = work.sheet.part;
  if (!part) return;
  const xml = patch.pkg.read(part);
  if (!xml) return;
  const changes = new Map<string, Restyle>();
  const restoreByCell = new Map(work.restore.map((r) => [r.cell, r]));
  const notes = openNotes(patch.pkg, part, patch.workbook.contentTypes, patch.ids, parseAddress);

  // Notes first: every recorded cell gets its note back (when the user left ours alone) ...
  for (const record of work.restore) {
    const current = notes.comments.get(record.cell);
    if (current === undefined || commentText(current) !== record.note) continue;
    if (record.previousNote === null) notes.comments.remove(record.cell);
    else if (record.previousNoteRaw?.startsWith('<'))
      notes.comments.set(record.cell, record.previousNoteRaw);
    else
      notes.comments.set(
        record.cell,
        notes.comments.productComment(record.cell, record.previousNote),
      );
  }
  for (const record of work.restore) {
    changes.set(keyOf(parseAddress(record.cell)), (current) =>
      restoredStyle(patch, record, current),
    );
  }
  // ... then the marks go on, each recording the cell as the user had it.
  for (const mark of work.mark) {
    const prior = restoreByCell.get(mark.cell);
    const existing = notes.comments.get(mark.cell);
    const previousNote = existing === undefined ? null : commentText(existing);
    let note = previousNote ?? '';
    if (!notes.threaded.has(mark.cell)) {
      note = combinedNote(previousNote, mark.note);
      notes.comments.set(
        mark.cell,
        existing === undefined
          ? notes.comments.productComment(mark.cell, mark.note)
          : notes.comments.appended(existing, mark.note),
      );
    }
    changes.set(keyOf(parseAddress(mark.cell)), (current, present) => {
      const restored = prior ? restoredStyle(patch, prior, current) : current;
      const bare = prior ? restored === NO_STYLE_ATTRIBUTE : !present;
      const base = Math.max(0, restored);
      const fill = patch.styles.fillOfXf(base);
      const marked = patch.styles.xfWithFill(
        base,
        patch.styles.fill('solid', MARK_FILL[mark.severity]),
      );
      records.push({
        sheet: work.sheet.name,
        ...(key ? { sheetKey: key } : {}),
        cell: mark.cell,
        previousFill: snapshotOfFill(fill),
        previousNote,
        ...(existing !== undefined ? { previousNoteRaw: existing } : {}),
        note,
        style: {
          previous: base,
          marked,
          xf: patch.styles.item('cellXfs', base) ?? '',
          ...(bare ? { bare } : {}),
        },
      });
      return marked;
    });
  }
  const drawing: LegacyDrawingChange = notes.save();
  if (!changes.size && !drawing) return;
  const tailStart = sheetDataEndOffset(xml);
  const pieces = restyleCells(xml.subarray(0, tailStart), changes);
  if (drawing) {
    const tail = decoder.decode(xml.subarray(tailStart));
    const headEnd = Math.min(xml.length, 4096);
    const headText = decoder.decode(xml.subarray(0, headEnd));
    const rootEnd = headText.indexOf('>', headText.search(/<([\w.-]+:)?worksheet\b/)) + 1;
    const { head, r } = headWithRelationshipNamespace(headText.slice(0, rootEnd));
    const prefix = /<([\w.-]+:)?worksheet\b/.exec(head)?.[1] ?? '';
    const rootBytes = encoder.encode(headText.slice(0, rootEnd)).length;
    const joined = joinPieces(pieces);
    patch.pkg.write(part, [
      encoder.encode(head),
      joined.subarray(rootBytes),
      encoder.encode(patchTail(tail, drawing, prefix, r)),
    ]);
  } else {
    pieces.push(xml.subarray(tailStart));
    patch.pkg.write(part, pieces);
  }
}

function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

export interface AnnotateInput {
  /** The cells to mark (one per cell), as the reconciliation gives them. */
  readonly marks: readonly Mark[];
  /** The summary sheet to write, or none. */
  readonly summary?: SummaryLayout;
}

export interface AnnotateResult {
  readonly bytes: Uint8Array;
  /** The summary sheet's name, when one was written. */
  readonly summarySheet?: string;
  readonly marked: number;
}

export interface ClearResult {
  readonly bytes: Uint8Array;
  /** Cells given back their previous fill and note. */
  readonly restored: number;
  /**
   * Without a registry: cells (`sheet!A1`) that still carry the product's notes, which Clear
   * cannot restore exactly and so leaves as they are.
   */
  readonly unrestorable: readonly string[];
}

/** Runs the restore of every recorded cell and the marking of `marks` on one open package. */
function apply(
  patch: Patch,
  marks: readonly Mark[],
  keepProductSheets: boolean,
  summary?: SummaryLayout,
): { records: MarkRecord[]; summarySheet?: string; restored: number } {
  const { state, sheet: registrySheet } = patch.registry();
  const markers = patch.workbook.markers();
  const sheets = patch.workbook.sheets;
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const work = new Map<string, SheetWork>();
  const workFor = (sheet: SheetInfo): SheetWork => {
    let found = work.get(sheet.name);
    if (!found) work.set(sheet.name, (found = { sheet, restore: [], mark: [] }));
    return found;
  };
  const seen = new Set<string>();
  for (const record of state.marks) {
    const sheet = byName.get(sheetOfRecord(record, markers));
    const id = `${sheet?.name}!${record.cell}`;
    if (!sheet || seen.has(id)) continue; // the first record per cell holds the user's state
    seen.add(id);
    workFor(sheet).restore.push({ ...record, sheet: sheet.name });
  }
  for (const mark of marks) {
    const sheet = byName.get(mark.sheet);
    if (sheet?.part) workFor(sheet).mark.push(mark);
  }
  const records: MarkRecord[] = [];
  for (const item of work.values()) {
    const key = item.mark.length ? patch.workbook.markerKey(item.sheet.index) : undefined;
    patchSheet(patch, item, key, records);
  }
  // The product's sheets: the old ones go (a summary only while it still is one), new ones last.
  const productNames = new Set(state.sheets);
  const doomed = patch.workbook.sheets.filter(
    (s) =>
      s === registrySheet ||
      s.name === REGISTRY_SHEET ||
      (productNames.has(s.name) && patch.isSummary(s)),
  );
  for (const sheet of doomed.reverse()) patch.workbook.removeSheet(sheet);
  const listed: string[] = [];
  let summarySheet: string | undefined;
  if (summary && keepProductSheets) {
    const existing = patch.workbook.sheets.map((s) => s.name);
    summarySheet = sheetNameFor(summary.sheetName, existing, []);
    const part = freePartName(patch.pkg, 'xl/worksheets/sheet', 'xml');
    patch.workbook.addSheet(summarySheet, summarySheetXml(summary, patch.styles), 'visible', part);
    listed.push(summarySheet);
  }
  if (keepProductSheets && (records.length || listed.length)) {
    const rows = encodeRegistry({ marks: records, sheets: listed });
    const part = freePartName(patch.pkg, 'xl/worksheets/sheet', 'xml');
    patch.workbook.addSheet(REGISTRY_SHEET, registrySheetXml(rows), 'veryHidden', part);
  }
  if (!records.length) patch.workbook.removeMarkers();
  patch.saveStyles();
  return { records, summarySheet, restored: seen.size };
}

/**
 * Writes the product's marks, notes, summary sheet and registry into a copy of the package.
 * Marks from an earlier run are replaced (cells no longer marked get their fill and note back);
 * running twice on the same input gives the same package as once.
 *
 * @param input the .xlsx / .xlsm bytes
 * @param annotations the marks and the summary layout from the reconciliation
 * @returns the annotated package's bytes; every part not listed in DESIGN.md "Non-destructive"
 *   is copied as its stored compressed bytes
 */
export function annotatePackage(
  input: Uint8Array,
  annotations: AnnotateInput,
  options: PatchOptions = {},
): AnnotateResult {
  const patch = new Patch(input, options.codec ?? FFLATE_CODEC);
  const result = apply(patch, annotations.marks, true, annotations.summary);
  return {
    bytes: patch.pkg.toBytes(),
    summarySheet: result.summarySheet,
    marked: result.records.length,
  };
}

/**
 * Removes the product's marks, notes and sheets from a copy of the package, restoring each
 * marked cell's previous style and note from the registry.
 */
export function clearPackage(input: Uint8Array, options: PatchOptions = {}): ClearResult {
  const patch = new Patch(input, options.codec ?? FFLATE_CODEC);
  const { sheet } = patch.registry();
  if (!sheet) return { bytes: input, restored: 0, unrestorable: leftoverNotes(patch) };
  const result = apply(patch, [], false);
  return { bytes: patch.pkg.toBytes(), restored: result.restored, unrestorable: [] };
}

/** Cells whose notes still hold the product's text, in a package without a registry. */
function leftoverNotes(patch: Patch): string[] {
  const out: string[] = [];
  for (const sheet of patch.workbook.sheets) {
    if (!sheet.part) continue;
    const comments = readRelationships(patch.pkg, sheet.part).find((r) => r.type === REL.comments);
    const xml = comments?.part ? patch.pkg.text(comments.part) : undefined;
    if (!xml) continue;
    for (const m of xml.matchAll(
      /<([\w.-]+:)?comment\b[^>]*\bref="([^"]+)"[\s\S]*?<\/\1?comment>/g,
    )) {
      if (isOurs(commentText(m[0]))) out.push(`${sheet.name}!${m[2]}`);
    }
  }
  return out;
}

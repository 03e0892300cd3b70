import type { CellRange } from '../../src/core/model/grid';
import { ClientObject, SimError, type SimContext } from './context';
import { toA1 } from '../../src/core/model/address';
import { assertWritable } from './cells';
import { SimNamedItemCollection } from './names';
import { SimRange, type RangeRef } from './range';
import {
  COLS,
  normaliseCell,
  parseRangeAddress,
  type SimDocument,
  type SimSheet,
  type SimVisibility,
} from './state';

function findSheet(doc: SimDocument, name: string): SimSheet | null {
  return doc.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/** Bounding box of cells with a value (valuesOnly) or with anything at all. */
function usedBox(sheet: SimSheet, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '') continue;
    const r = Math.floor(key / COLS);
    const c = key % COLS;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export class SimNote extends ClientObject<{ sheet: SimSheet; cell: string }> {
  protected snapshot(target: { sheet: SimSheet; cell: string }): Record<string, unknown> {
    return { content: target.sheet.notes.get(target.cell) ?? '' };
  }
  get content(): string {
    return this.loaded('content');
  }
  set content(content: string) {
    this.write('content', content, ({ sheet, cell }) => {
      assertWritable(sheet);
      sheet.notes.set(cell, content);
    });
  }
  delete(): void {
    this.call('delete', [], ({ sheet, cell }) => {
      assertWritable(sheet);
      sheet.notes.delete(cell);
    });
  }
}

/** `Worksheet.notes` (ExcelApi 1.18): one note per cell. */
export class SimNoteCollection extends ClientObject<SimSheet> {
  constructor(
    context: SimContext,
    private readonly sheet: () => SimSheet | null,
    label: string,
  ) {
    super(context, sheet, label, true);
  }
  protected snapshot(sheet: SimSheet): Record<string, unknown> {
    return { count: sheet.notes.size };
  }
  private note(key: string, orNull: boolean): SimNote {
    const cell = normaliseCell(key);
    const locate = (): { sheet: SimSheet; cell: string } | null => {
      const sheet = this.sheet();
      if (sheet?.notes.has(cell)) return { sheet, cell };
      if (orNull) return null;
      throw new SimError('ItemNotFound', `no note on ${cell}`);
    };
    return new SimNote(this.context, locate, `notes.getItem(${cell})`);
  }
  getItem(key: string): SimNote {
    return this.note(key, false);
  }
  getItemOrNullObject(key: string): SimNote {
    return this.note(key, true);
  }
  add(cellAddress: SimRange | string, content: string): SimNote {
    const address = (): string => {
      if (typeof cellAddress === 'string') return normaliseCell(cellAddress);
      const ref = cellAddress.resolve();
      if (!ref || ref.box.top !== ref.box.bottom || ref.box.left !== ref.box.right) {
        throw new SimError('InvalidArgument', 'a note needs exactly one cell');
      }
      return toA1(ref.box.top, ref.box.left);
    };
    const label = typeof cellAddress === 'string' ? cellAddress : cellAddress.label;
    this.call('add', [label, content], (sheet) => {
      const cell = address();
      assertWritable(sheet);
      if (sheet.threadedComments?.has(cell)) {
        throw new SimError(
          'InvalidOperation',
          `${cell} holds a threaded comment: no note can be added`,
        );
      }
      if (sheet.notes.has(cell))
        throw new SimError('InvalidArgument', `${cell} already has a note`);
      sheet.notes.set(cell, content);
    });
    const locate = (): { sheet: SimSheet; cell: string } | null => {
      const sheet = this.sheet();
      const cell = address();
      return sheet?.notes.has(cell) ? { sheet, cell } : null;
    };
    return new SimNote(this.context, locate, `notes.add(${label})`, true);
  }
}

export function emptySheet(name: string): SimSheet {
  return {
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    notes: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    showGridlines: true,
  };
}

/** `Worksheet.protection` (ExcelApi 1.2): whether the sheet is protected. */
export class SimWorksheetProtection extends ClientObject<SimSheet> {
  protected snapshot(sheet: SimSheet): Record<string, unknown> {
    return { protected: sheet.protected ?? false };
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** A threaded comment; `getLocation()` is its cell (ExcelApi 1.10). */
export class SimComment extends ClientObject<{ sheet: SimSheet; cell: string }> {
  constructor(
    context: SimContext,
    private readonly at: { sheet: SimSheet; cell: string },
  ) {
    super(context, () => at, `comment(${at.cell})`, true);
  }
  protected snapshot(): Record<string, unknown> {
    return {};
  }
  getLocation(): SimRange {
    const { sheet, cell } = this.at;
    return new SimRange(
      this.context,
      () => ({ sheet, box: parseRangeAddress(cell) }),
      `${this.label}.getLocation()`,
    );
  }
}

/** `Worksheet.comments` (ExcelApi 1.10): the sheet's threaded comments, loaded as `items`. */
export class SimCommentCollection extends ClientObject<SimSheet> {
  protected snapshot(sheet: SimSheet): Record<string, unknown> {
    const cells = [...(sheet.threadedComments ?? [])];
    return {
      items: cells.map((cell) => new SimComment(this.context, { sheet, cell }).preload({})),
    };
  }
  get items(): SimComment[] {
    return this.loaded('items');
  }
}

export class SimWorksheet extends ClientObject<SimSheet> {
  readonly notes: SimNoteCollection;
  readonly protection: SimWorksheetProtection;
  readonly comments: SimCommentCollection;

  constructor(
    context: SimContext,
    private readonly sheet: () => SimSheet | null,
    label: string,
    fromLoad = false,
  ) {
    super(context, sheet, label, fromLoad);
    this.notes = new SimNoteCollection(context, sheet, `${label}.notes`);
    this.protection = new SimWorksheetProtection(context, sheet, `${label}.protection`, true);
    this.comments = new SimCommentCollection(context, sheet, `${label}.comments`, true);
  }

  protected snapshot(sheet: SimSheet, names: readonly string[]): Record<string, unknown> {
    const all = { name: sheet.name, visibility: sheet.visibility, position: 0 };
    all.position = this.context.doc.sheets.indexOf(sheet);
    if (names.length === 0) return all;
    return Object.fromEntries(names.map((name) => [name, all[name as keyof typeof all]]));
  }

  get name(): string {
    return this.loaded('name');
  }
  /**
   * Renaming, as a user does on the tab: Excel's rules for sheet names (1–31 characters, none of
   * `: \ / ? * [ ]`, not starting or ending with `'`, unique ignoring case). Sheet-scoped names
   * stay with the sheet; cell text, and so the registry's recorded names, do not change.
   */
  set name(name: string) {
    this.write('name', name, (sheet) => {
      const bad = name.length === 0 || name.length > 31 || /[:\\/?*[\]]|^'|'$/.test(name);
      if (bad) throw new SimError('InvalidArgument', `'${name}' is not a valid sheet name`);
      const taken = this.context.doc.sheets.some(
        (other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase(),
      );
      if (taken) throw new SimError('ItemAlreadyExists', `a sheet named ${name} exists`);
      sheet.name = name;
    });
  }
  /** `Worksheet.names` (ExcelApi 1.4): the names scoped to this sheet. */
  get names(): SimNamedItemCollection {
    this.context.requires('1.4', 'Worksheet.names');
    return new SimNamedItemCollection(this.context, this.sheet, `${this.label}.names`);
  }
  get visibility(): SimVisibility {
    return this.loaded('visibility');
  }
  set visibility(visibility: SimVisibility) {
    this.write('visibility', visibility, (sheet) => void (sheet.visibility = visibility));
  }

  private range(box: () => CellRange | null, label: string): SimRange {
    const resolve = (): RangeRef | null => {
      const sheet = this.sheet();
      if (!sheet) throw new SimError('ItemNotFound', `${this.label} does not exist`);
      const found = box();
      return found ? { sheet, box: found } : null;
    };
    return new SimRange(this.context, resolve, `${this.label}.${label}`);
  }

  /** `getRange()` is the whole sheet; `getRange('B2:C3')` a rectangle. */
  getRange(address?: string): SimRange {
    const box = address
      ? parseRangeAddress(address)
      : { top: 0, left: 0, bottom: 1_048_575, right: COLS - 1 };
    return this.range(() => box, `getRange(${address ?? ''})`);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    const box = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return this.range(() => box, `getRangeByIndexes(${row},${col},${rows},${cols})`);
  }

  getUsedRange(valuesOnly = false): SimRange {
    const locate = (): CellRange => {
      const sheet = this.sheet();
      return (sheet && usedBox(sheet, valuesOnly)) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    };
    return this.range(locate, `getUsedRange(${valuesOnly})`);
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    const locate = (): CellRange | null => {
      const sheet = this.sheet();
      return sheet ? usedBox(sheet, valuesOnly) : null;
    };
    return this.range(locate, `getUsedRangeOrNullObject(${valuesOnly})`);
  }

  set showGridlines(show: boolean) {
    this.write('showGridlines', show, (sheet) => void (sheet.showGridlines = show));
  }

  /**
   * As documented for `Worksheet.delete`: a VeryHidden sheet cannot be deleted (InvalidOperation;
   * make it Hidden or Visible first), nor the last visible sheet.
   */
  delete(): void {
    this.call('delete', [], (sheet) => {
      const sheets = this.context.doc.sheets;
      if (sheet.visibility === 'VeryHidden') {
        throw new SimError(
          'InvalidOperation',
          `${sheet.name} is very hidden and cannot be deleted`,
        );
      }
      const visible = sheets.filter((other) => other.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) {
        throw new SimError('InvalidOperation', 'a workbook must keep one visible sheet');
      }
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }

  activate(): void {
    this.call('activate', [], (sheet) => void (this.context.doc.active = sheet.name), false);
  }
}

export class SimWorksheetCollection extends ClientObject<SimDocument> {
  constructor(context: SimContext) {
    super(context, () => context.doc, 'worksheets', true);
  }

  protected snapshot(doc: SimDocument, names: readonly string[]): Record<string, unknown> {
    const fields = names.map((name) => name.replace(/^items\//, ''));
    const items = doc.sheets.map((sheet) => {
      const data: Record<string, unknown> = {};
      for (const field of fields.length ? fields : ['name', 'visibility']) {
        data[field] = field === 'name' ? sheet.name : sheet.visibility;
      }
      const name = sheet.name;
      const proxy = new SimWorksheet(
        this.context,
        () => findSheet(doc, name),
        `worksheet(${name})`,
        true,
      );
      return proxy.preload(data);
    });
    return { items };
  }

  get items(): SimWorksheet[] {
    return this.loaded('items');
  }

  getItem(name: string): SimWorksheet {
    const doc = this.context.doc;
    const locate = (): SimSheet => {
      const sheet = findSheet(doc, name);
      if (!sheet) throw new SimError('ItemNotFound', `no worksheet named ${name}`);
      return sheet;
    };
    return new SimWorksheet(this.context, locate, `worksheets.getItem(${name})`);
  }

  getItemOrNullObject(name: string): SimWorksheet {
    const doc = this.context.doc;
    return new SimWorksheet(
      this.context,
      () => findSheet(doc, name),
      `worksheets.getItemOrNullObject(${name})`,
    );
  }

  add(name: string): SimWorksheet {
    const doc = this.context.doc;
    this.call('add', [name], () => {
      if (findSheet(doc, name)) throw new SimError('ItemAlreadyExists', `${name} exists`);
      doc.sheets.push(emptySheet(name));
    });
    return new SimWorksheet(
      this.context,
      () => findSheet(doc, name),
      `worksheets.add(${name})`,
      true,
    );
  }
}

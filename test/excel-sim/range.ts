import type { CellRange } from '../../src/core/model/grid';
import { ClientObject, SimError, type SimContext } from './context';
import {
  cellKey,
  emptyCell,
  NO_FILL,
  rangeAddress,
  type SimCell,
  type SimFill,
  type SimSheet,
  type SimValue,
} from './state';

/** Where a range proxy points once resolved: a sheet and a rectangle. */
export interface RangeRef {
  readonly sheet: SimSheet;
  readonly box: CellRange;
}

function* cellsOf(box: CellRange): Generator<[number, number]> {
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) yield [r, c];
}

function matrix<V>(ref: RangeRef, pick: (cell: SimCell) => V): V[][] {
  const rows: V[][] = [];
  for (let r = ref.box.top; r <= ref.box.bottom; r++) {
    const row: V[] = [];
    for (let c = ref.box.left; c <= ref.box.right; c++) {
      row.push(pick(ref.sheet.cells.get(cellKey(r, c)) ?? emptyCell()));
    }
    rows.push(row);
  }
  return rows;
}

function update(ref: RangeRef, change: (cell: SimCell, r: number, c: number) => void): void {
  for (const [r, c] of cellsOf(ref.box)) {
    const key = cellKey(r, c);
    const cell = ref.sheet.cells.get(key) ?? emptyCell();
    change(cell, r - ref.box.top, c - ref.box.left);
    const empty = cell.value === '' && cell.numberFormat === 'General' && cell.fill === NO_FILL;
    if (empty) ref.sheet.cells.delete(key);
    else ref.sheet.cells.set(key, cell);
  }
}

function checkShape(ref: RangeRef, values: readonly (readonly unknown[])[]): void {
  const rows = ref.box.bottom - ref.box.top + 1;
  const cols = ref.box.right - ref.box.left + 1;
  if (values.length !== rows || values.some((row) => row.length !== cols)) {
    throw new SimError(
      'InvalidArgument',
      'The number of rows or columns in the input array does not match the size or dimensions of the range.',
    );
  }
}

function uniform<V>(values: V[][]): V | null {
  const first = values[0]?.[0];
  return values.every((row) => row.every((value) => value === first)) ? (first ?? null) : null;
}

/** `Range.format.fill`: colour and pattern; setting a colour makes the fill solid. */
export class SimRangeFill extends ClientObject<RangeRef> {
  constructor(
    context: SimContext,
    private readonly range: SimRange,
  ) {
    super(context, () => range.resolve(), `${range.label}.format.fill`, true);
  }
  protected snapshot(ref: RangeRef, names: readonly string[]): Record<string, unknown> {
    const all = names.length === 0;
    const fills = matrix(ref, (cell) => cell.fill);
    const out: Record<string, unknown> = {};
    if (all || names.includes('color'))
      out.color = uniform(fills.map((row) => row.map((f) => f.color)));
    if (all || names.includes('pattern'))
      out.pattern = uniform(fills.map((row) => row.map((f) => f.pattern)));
    if (all || names.includes('patternColor')) {
      out.patternColor = uniform(fills.map((row) => row.map((f) => f.patternColor)));
    }
    return out;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(color: string) {
    const upper = color.toUpperCase();
    this.write('color', color, (ref) =>
      update(ref, (cell) => {
        const pattern = cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern;
        cell.fill = { ...cell.fill, pattern, color: upper };
      }),
    );
  }
  get pattern(): string {
    return this.loaded('pattern');
  }
  set pattern(pattern: string) {
    this.write('pattern', pattern, (ref) =>
      update(ref, (cell) => {
        cell.fill = pattern === 'None' ? NO_FILL : { ...cell.fill, pattern };
      }),
    );
  }
  get patternColor(): string {
    return this.loaded('patternColor');
  }
  set patternColor(color: string) {
    this.write('patternColor', color, (ref) =>
      update(ref, (cell) => {
        cell.fill = { ...cell.fill, patternColor: color.toUpperCase() };
      }),
    );
  }
  clear(): void {
    this.call('clear', [], (ref) => update(ref, (cell) => void (cell.fill = NO_FILL)));
  }
  /** For tests: the fill a cell would report. */
  static of(cell: SimCell | undefined): SimFill {
    return cell?.fill ?? NO_FILL;
  }
}

/** `Range.getMergedAreasOrNullObject()`: the merges intersecting the range. */
export class SimRangeAreas extends ClientObject<string> {
  protected snapshot(address: string): Record<string, unknown> {
    return { address, areaCount: address.split(',').length };
  }
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class SimRange extends ClientObject<RangeRef> {
  readonly format: { readonly fill: SimRangeFill };

  constructor(
    context: SimContext,
    readonly resolve: () => RangeRef | null,
    label: string,
  ) {
    super(context, resolve, label);
    this.format = { fill: new SimRangeFill(context, this) };
  }

  protected snapshot(ref: RangeRef, names: readonly string[]): Record<string, unknown> {
    const { box, sheet } = ref;
    const all: Record<string, () => unknown> = {
      address: () => rangeAddress(sheet.name, box),
      rowIndex: () => box.top,
      columnIndex: () => box.left,
      rowCount: () => box.bottom - box.top + 1,
      columnCount: () => box.right - box.left + 1,
      values: () => matrix(ref, (cell) => cell.value),
      numberFormat: () => matrix(ref, (cell) => cell.numberFormat),
    };
    const wanted = names.length === 0 ? Object.keys(all) : names;
    const out: Record<string, unknown> = {};
    for (const name of wanted) {
      const read = all[name];
      if (!read) throw new SimError('InvalidArgument', `Range has no property '${name}'`);
      out[name] = read();
    }
    return out;
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get values(): SimValue[][] {
    return this.loaded('values');
  }
  set values(values: SimValue[][]) {
    this.write('values', values, (ref) => {
      checkShape(ref, values);
      update(ref, (cell, r, c) => void (cell.value = values[r][c] ?? ''));
    });
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.write('numberFormat', formats, (ref) => {
      checkShape(ref, formats);
      update(ref, (cell, r, c) => void (cell.numberFormat = formats[r][c] ?? 'General'));
    });
  }

  /** clear('Contents' | 'Formats' | 'All'), All by default, as in office.js. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.call('clear', [applyTo], (ref) =>
      update(ref, (cell) => {
        if (applyTo !== 'Formats') cell.value = '';
        if (applyTo !== 'Contents') {
          cell.numberFormat = 'General';
          cell.fill = NO_FILL;
        }
      }),
    );
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    const locate = (): string | null => {
      const ref = this.resolve();
      if (!ref) return null;
      const hits = ref.sheet.merges.filter((merge) => intersects(merge, ref.box));
      return hits.length
        ? hits.map((merge) => rangeAddress(ref.sheet.name, merge)).join(',')
        : null;
    };
    return new SimRangeAreas(this.context, locate, `${this.label}.getMergedAreasOrNullObject`);
  }

  select(): void {
    this.call(
      'select',
      [],
      (ref) => {
        const doc = this.context.doc;
        const address = rangeAddress(ref.sheet.name, ref.box);
        doc.selection = { sheet: ref.sheet.name, address: address.slice(address.indexOf('!') + 1) };
      },
      false,
    );
  }
}

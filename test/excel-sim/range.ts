import type { CellRange } from '../../src/core/model/grid';
import { matrix, update, type RangeRef } from './cells';
import { ClientObject, SimError, type SimContext } from './context';
import { SimRangeFormat } from './format';
import { NO_FILL, rangeAddress, type SimValue } from './state';

export type { RangeRef };

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

/** `Range.getMergedAreasOrNullObject()`: the merges intersecting the range. */
export class SimRangeAreas extends ClientObject<{ address: string; count: number }> {
  protected snapshot(areas: { address: string; count: number }): Record<string, unknown> {
    return { address: areas.address, areaCount: areas.count };
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
  readonly format: SimRangeFormat;

  constructor(
    context: SimContext,
    readonly resolve: () => RangeRef | null,
    label: string,
  ) {
    super(context, resolve, label);
    this.format = new SimRangeFormat(context, this);
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
      // As office.js: a formula cell's formula (with `=`), any other cell its value.
      formulas: () => matrix(ref, (cell) => cell.formula ?? cell.value),
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
      update(ref, (cell, r, c) => {
        const value = values[r][c] ?? '';
        // As Excel: `=…` written to a cell not formatted as text becomes a formula.
        if (typeof value === 'string' && value.startsWith('=') && cell.numberFormat !== '@') {
          cell.formula = value;
          cell.value = '#NAME?';
        } else {
          delete cell.formula;
          cell.value = value;
        }
      });
    });
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  get formulas(): SimValue[][] {
    return this.loaded('formulas');
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
        if (applyTo !== 'Formats') {
          cell.value = '';
          delete cell.formula;
        }
        if (applyTo !== 'Contents') {
          cell.numberFormat = 'General';
          cell.fill = NO_FILL;
        }
      }),
    );
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    const locate = (): { address: string; count: number } | null => {
      const ref = this.resolve();
      if (!ref) return null;
      const hits = ref.sheet.merges.filter((merge) => intersects(merge, ref.box));
      if (hits.length === 0) return null;
      // The documented form: every area sheet-qualified (quoted when the name needs it), joined
      // by ", " — e.g. "Sheet1!A1:B4, Sheet1!D1:D4", or "'Budget, 2022'!A1:B2, 'Budget, 2022'!C3".
      const address = hits.map((merge) => rangeAddress(ref.sheet.name, merge)).join(', ');
      return { address, count: hits.length };
    };
    return new SimRangeAreas(this.context, locate, `${this.label}.getMergedAreasOrNullObject`);
  }

  /** Merges the range (`across`: each row apart); the top-left value stays, the rest clear. */
  merge(across = false): void {
    this.call('merge', [across], ({ sheet, box }) => {
      const rows = across
        ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i)
        : [box.top];
      for (const top of rows) {
        const area = { top, left: box.left, bottom: across ? top : box.bottom, right: box.right };
        update({ sheet, box: area }, (cell, r, c) => {
          if (r > 0 || c > 0) cell.value = '';
        });
        sheet.merges.push(area);
      }
    });
  }

  /** An internal link (`documentReference`) shown as `textToDisplay`, as office.js sets it. */
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.write('hyperlink', link, (ref) =>
      update(ref, (cell) => {
        cell.hyperlink = link;
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      }),
    );
  }

  select(): void {
    this.call(
      'select',
      [],
      (ref) => {
        const doc = this.context.doc;
        const address = rangeAddress(ref.sheet.name, ref.box);
        doc.selection = { sheet: ref.sheet.name, address: address.slice(address.indexOf('!') + 1) };
        doc.active = ref.sheet.name;
      },
      false,
    );
  }
}

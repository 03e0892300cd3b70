import { ClientObject, type SimContext } from './context';
import { matrix, update, type RangeRef } from './cells';
import { NO_FILL, type SimCell, type SimFill } from './state';

/** A proxy over the same cells as its range, at a property path (`format.font`, …). */
interface RangeLike {
  readonly label: string;
  resolve(): RangeRef | null;
}

function uniform<V>(values: V[][]): V | null {
  const first = values[0]?.[0];
  return values.every((row) => row.every((value) => value === first)) ? (first ?? null) : null;
}

/** `Range.format.fill`: colour and pattern; setting a colour makes the fill solid. */
export class SimRangeFill extends ClientObject<RangeRef> {
  constructor(context: SimContext, range: RangeLike) {
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

/** Style settings stored per cell under `key`, as Excel keeps them per cell. */
abstract class StyleProxy extends ClientObject<RangeRef> {
  constructor(context: SimContext, range: RangeLike, path: string) {
    super(context, () => range.resolve(), `${range.label}.${path}`, true);
  }
  protected snapshot(ref: RangeRef, names: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of names) {
      out[name] = uniform(matrix(ref, (cell) => cell.style?.[this.key(name)] ?? null));
    }
    return out;
  }
  protected key(name: string): string {
    return name;
  }
  protected setStyle(name: string, value: string | number | boolean): void {
    const key = this.key(name);
    this.write(name, value, (ref) =>
      update(ref, (cell: SimCell) => void (cell.style = { ...cell.style, [key]: value })),
    );
  }
}

export class SimRangeFont extends StyleProxy {
  protected override key(name: string): string {
    return `font.${name}`;
  }
  set bold(value: boolean) {
    this.setStyle('bold', value);
  }
  set size(value: number) {
    this.setStyle('size', value);
  }
  set color(value: string) {
    this.setStyle('color', value.toUpperCase());
  }
  set underline(value: string) {
    this.setStyle('underline', value);
  }
  get bold(): boolean {
    return this.loaded('bold');
  }
}

export class SimRangeBorder extends StyleProxy {
  constructor(
    context: SimContext,
    range: RangeLike,
    private readonly edge: string,
  ) {
    super(context, range, `format.borders.${edge}`);
  }
  protected override key(name: string): string {
    return `${this.edge}.${name}`;
  }
  set style(value: string) {
    this.setStyle('style', value);
  }
  set color(value: string) {
    this.setStyle('color', value.toUpperCase());
  }
}

/** `Range.format`: fill, font, borders, alignment, wrap, and column width / row height in points. */
export class SimRangeFormat extends StyleProxy {
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly borders: { getItem(edge: string): SimRangeBorder };

  constructor(
    context: SimContext,
    private readonly range: RangeLike,
  ) {
    super(context, range, 'format');
    this.fill = new SimRangeFill(context, range);
    this.font = new SimRangeFont(context, range, 'format.font');
    this.borders = { getItem: (edge) => new SimRangeBorder(context, range, edge) };
  }
  set wrapText(value: boolean) {
    this.setStyle('wrapText', value);
  }
  set horizontalAlignment(value: string) {
    this.setStyle('horizontalAlignment', value);
  }
  set verticalAlignment(value: string) {
    this.setStyle('verticalAlignment', value);
  }
  set columnWidth(points: number) {
    this.write('columnWidth', points, ({ sheet, box }) => {
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.write('rowHeight', points, ({ sheet, box }) => {
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get wrapText(): boolean {
    return this.loaded('wrapText');
  }
}

export { NO_FILL, type SimFill };

import { ClientObject, SimError, type SimContext } from './context';
import { SimRange } from './range';
import { rangeAddress, type SimName, type SimSheet } from './state';

/**
 * `Worksheet.names` (ExcelApi 1.4): the sheet-scoped defined names, as Microsoft documents them
 * (office-js reference, `Excel.NamedItemCollection`, `Excel.NamedItem`):
 * - `add(name, reference, comment?)` takes a Range or a formula string (`"=100+200"`,
 *   `'="s1"'`); a name already in the scope fails with `ItemAlreadyExists` ("A resource with the
 *   same name or identifier already exists.", office-js issue 2875);
 * - `formula` always starts with `=`; `value` is the computed value, or for a named range its
 *   address; `type` String / Double / Boolean / Range; `scope` is `Worksheet`;
 * - `visible` is writable — but Excel on Windows was reported to ignore `visible = false` on a
 *   name that existed before the request (office-js issues 3878, 3949, no error raised): the host
 *   option `namesIgnoreHiding` models that, so the adapter is tested on both.
 * Names live on the sheet, so they follow it through a rename.
 */

interface NameRef {
  readonly sheet: SimSheet;
  readonly item: SimName;
}

/** A name Excel accepts: letter, `_` or `\` first, no spaces, not a cell reference. */
function assertValidName(name: string): void {
  const shaped = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255;
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);
  if (!shaped || cellLike) throw new SimError('InvalidArgument', `'${name}' is not a valid name`);
}

/** A formula string as Excel stores it (with `=`); a malformed string constant is refused. */
function formulaOf(reference: string): string {
  const formula = reference.startsWith('=') ? reference : `=${reference}`;
  const body = formula.slice(1).trim();
  if (body === '' || (body.startsWith('"') && !/^"(?:[^"]|"")*"$/.test(body))) {
    throw new SimError('InvalidArgument', `'${reference}' is not a valid formula`);
  }
  return formula;
}

/** What a name's formula evaluates to, for the constants and references the product writes. */
export function evaluateName(formula: string): { value: unknown; type: string } {
  const body = formula.slice(1).trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { value: text[1].replace(/""/g, '"'), type: 'String' };
  if (/^[-+]?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(body)) return { value: Number(body), type: 'Double' };
  if (/^(TRUE|FALSE)$/i.test(body))
    return { value: body.toUpperCase() === 'TRUE', type: 'Boolean' };
  return { value: body, type: 'Range' };
}

function findName(sheet: SimSheet, name: string): SimName | undefined {
  return sheet.names?.find((item) => item.name.toLowerCase() === name.toLowerCase());
}

/** Every property of a NamedItem the simulator models, as a load returns them. */
function namedItemData(item: SimName): Record<string, unknown> {
  const { value, type } = evaluateName(item.formula);
  return {
    name: item.name,
    formula: item.formula,
    value,
    type,
    visible: item.visible,
    comment: item.comment,
    scope: 'Worksheet',
  };
}

export class SimNamedItem extends ClientObject<NameRef> {
  protected snapshot({ item }: NameRef, names: readonly string[]): Record<string, unknown> {
    const all = namedItemData(item);
    if (names.length === 0) return all;
    return Object.fromEntries(names.map((name) => [name, all[name]]));
  }
  get name(): string {
    return this.loaded('name');
  }
  get formula(): string {
    return this.loaded('formula');
  }
  get value(): unknown {
    return this.loaded('value');
  }
  get type(): string {
    return this.loaded('type');
  }
  get scope(): string {
    return this.loaded('scope');
  }
  get comment(): string {
    return this.loaded('comment');
  }
  get visible(): boolean {
    return this.loaded('visible');
  }
  set visible(visible: boolean) {
    this.write('visible', visible, ({ item }) => {
      // As reported for Excel on Windows: hiding a name that was there before is ignored.
      const ignored = this.context.quirks.namesIgnoreHiding && !this.context.createdNames.has(item);
      if (!ignored || visible) item.visible = visible;
    });
  }
  delete(): void {
    this.call('delete', [], ({ sheet, item }) => {
      sheet.names = (sheet.names ?? []).filter((other) => other !== item);
    });
  }
}

/** `Worksheet.names`: load `items`, get one by name, add one. */
export class SimNamedItemCollection extends ClientObject<SimSheet> {
  constructor(
    context: SimContext,
    private readonly sheet: () => SimSheet | null,
    label: string,
  ) {
    super(context, sheet, label, true);
  }

  protected snapshot(sheet: SimSheet): Record<string, unknown> {
    const items = (sheet.names ?? []).map((item) => {
      const label = `${this.label}.items(${item.name})`;
      const proxy = new SimNamedItem(this.context, () => ({ sheet, item }), label, true);
      return proxy.preload(namedItemData(item));
    });
    return { items };
  }

  get items(): SimNamedItem[] {
    return this.loaded('items');
  }

  private item(name: string, orNull: boolean): SimNamedItem {
    const locate = (): NameRef | null => {
      const sheet = this.sheet();
      const item = sheet && findName(sheet, name);
      if (sheet && item) return { sheet, item };
      if (orNull) return null;
      throw new SimError('ItemNotFound', `no name ${name}`);
    };
    return new SimNamedItem(this.context, locate, `${this.label}.getItem(${name})`);
  }

  getItem(name: string): SimNamedItem {
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return this.item(name, true);
  }

  add(name: string, reference: SimRange | string, comment = ''): SimNamedItem {
    const label = typeof reference === 'string' ? reference : reference.label;
    this.call('add', [name, label, comment], (sheet) => {
      assertValidName(name);
      if (findName(sheet, name)) {
        throw new SimError(
          'ItemAlreadyExists',
          'A resource with the same name or identifier already exists.',
        );
      }
      let formula: string;
      if (typeof reference === 'string') formula = formulaOf(reference);
      else {
        const ref = reference.resolve();
        if (!ref) throw new SimError('InvalidArgument', 'the range does not exist');
        formula = `=${rangeAddress(ref.sheet.name, ref.box)}`;
      }
      const item: SimName = { name, formula, visible: true, comment };
      sheet.names = [...(sheet.names ?? []), item];
      this.context.createdNames.add(item);
    });
    return this.item(name, false);
  }
}

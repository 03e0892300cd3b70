/**
 * xl/workbook.xml, edited in place: the product's sheets appended to (and removed from) the
 * sheet list with their relationships and content types, and the sheet markers (sheet-scoped
 * hidden defined names) added and removed. Every other element stays as it was.
 */
import { SHEET_MARKER_NAME } from '../../core/port/marks';
import { freeMarkerKey, markerIndex } from '../../core/port/registry';
import {
  addRelationship,
  CONTENT_TYPE,
  ContentTypes,
  R_NS,
  readRelationships,
  readSheets,
  REL,
  relsPathOf,
  removeRelationships,
  type SheetInfo,
} from './parts';
import {
  attribute,
  contentRange,
  decodeEntities,
  element,
  elements,
  escapeAttribute,
  escapeText,
  insertChild,
  prefixOf,
  rootPrefix,
  splice,
  withAttribute,
} from './xml';
import type { ZipPackage } from './zipPackage';

/** CT_Workbook children after `definedNames`, for inserting it at its schema place. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export class WorkbookEdit {
  private xml: string;
  private readonly prefix: string;
  readonly contentTypes: ContentTypes;

  constructor(
    private readonly pkg: ZipPackage,
    readonly part: string,
  ) {
    this.xml = pkg.text(part) ?? '';
    this.prefix = rootPrefix(this.xml);
    this.contentTypes = new ContentTypes(pkg);
  }

  get sheets(): SheetInfo[] {
    this.flush();
    return readSheets(this.pkg, this.part);
  }

  /** Marker key → current sheet name; a key a copied sheet shares names neither (markerIndex). */
  markers(): Map<string, string> {
    const sheets = this.sheets;
    return markerIndex(
      this.markerNames().flatMap((name) => {
        const sheet = sheets[name.localSheetId];
        return sheet ? [{ sheet: sheet.name, key: name.key }] : [];
      }),
    );
  }

  /**
   * The marker key of the sheet at `index`, adding a marker when it has none. A key an earlier
   * sheet holds too (Excel copies scoped names with a sheet) stays with that sheet; this one, the
   * copy, gets a key of its own, as the add-in does (src/excel/sheetMarkers.ts planMarkers).
   */
  markerKey(index: number): string {
    const names = this.markerNames();
    const existing = names.find((n) => n.localSheetId === index);
    const copied =
      existing !== undefined && names.some((n) => n.key === existing.key && n.localSheetId < index);
    if (existing && !copied) return existing.key;
    const key = freeMarkerKey(new Set(names.map((n) => n.key)));
    const p = this.prefix;
    const text = `<${p}definedName name="${SHEET_MARKER_NAME}" localSheetId="${index}" hidden="1">"${key}"</${p}definedName>`;
    if (existing) {
      this.xml = splice(this.xml, existing.start, existing.end, text);
      this.flush();
      return key;
    }
    const list = element(this.xml, 'definedNames');
    if (list) {
      this.xml = insertChild(this.xml, list, text, []);
    } else {
      const root = element(this.xml, 'workbook');
      if (root) {
        this.xml = insertChild(
          this.xml,
          root,
          `<${p}definedNames>${text}</${p}definedNames>`,
          AFTER_DEFINED_NAMES,
        );
      }
    }
    this.flush();
    return key;
  }

  /** Removes every sheet marker (and `<definedNames>` if the product's were all it held). */
  removeMarkers(): void {
    for (const name of this.markerNames().reverse())
      this.xml = splice(this.xml, name.start, name.end, '');
    const list = element(this.xml, 'definedNames');
    if (list && elements(this.xml, 'definedName').length === 0) {
      this.xml = splice(this.xml, list.start, list.end, '');
    }
    this.flush();
  }

  /** Appends a worksheet part as the last sheet; returns its part name. */
  addSheet(name: string, xml: string, state: 'visible' | 'veryHidden', partName: string): void {
    this.pkg.write(partName, xml);
    this.contentTypes.addOverride(partName, CONTENT_TYPE.worksheet);
    const relId = addRelationship(this.pkg, this.part, REL.worksheet, partName);
    const sheets = this.sheets;
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    let r = prefixOf(this.xml, R_NS);
    if (r === undefined) {
      const root = element(this.xml, 'workbook');
      if (root) {
        const at = root.start + root.text.indexOf(' ');
        this.xml = splice(this.xml, at, at, ` xmlns:r="${R_NS}"`);
      }
      r = 'r:';
    }
    const p = this.prefix;
    const text = `<${p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}"${state === 'veryHidden' ? ' state="veryHidden"' : ''} ${r}id="${relId}"/>`;
    const list = element(this.xml, 'sheets');
    if (list) this.xml = insertChild(this.xml, list, text, []);
    this.flush();
  }

  /** Removes the sheet at `index`: its entry, relationship, content type, part and its rels. */
  removeSheet(sheet: SheetInfo): void {
    const entry = elements(this.xml, 'sheet')[sheet.index];
    if (!entry) return;
    this.xml = splice(this.xml, entry.start, entry.end, '');
    this.shiftLocalSheetIds(sheet.index);
    this.flush();
    removeRelationships(this.pkg, this.part, new Set([sheet.relId]));
    if (sheet.part) {
      const rels = readRelationships(this.pkg, sheet.part);
      for (const rel of rels) {
        // Parts only this sheet used (its comments and VML) go with it.
        if (rel.part && (rel.type === REL.comments || rel.type === REL.vmlDrawing)) {
          this.pkg.remove(rel.part);
          this.contentTypes.removeOverride(rel.part);
        }
      }
      this.pkg.remove(sheet.part);
      this.pkg.remove(relsPathOf(sheet.part));
      this.contentTypes.removeOverride(sheet.part);
    }
  }

  private shiftLocalSheetIds(removed: number): void {
    const names = elements(this.xml, 'definedName');
    for (const name of names.reverse()) {
      const id = Number(attribute(name.text, 'localSheetId') ?? NaN);
      if (!Number.isFinite(id)) continue;
      if (id === removed) this.xml = splice(this.xml, name.start, name.end, '');
      else if (id > removed) {
        const tag = withAttribute(name.text, 'localSheetId', String(id - 1));
        this.xml = splice(this.xml, name.start, name.end, tag);
      }
    }
    const view = element(this.xml, 'workbookView');
    const active = view ? Number(attribute(view.text, 'activeTab') ?? 0) : 0;
    if (view && active >= removed && active > 0) {
      const tag = withAttribute(view.text, 'activeTab', String(active - 1));
      this.xml = splice(this.xml, view.start, view.end, tag);
    }
  }

  private markerNames(): { key: string; localSheetId: number; start: number; end: number }[] {
    return elements(this.xml, 'definedName')
      .filter((n) => attribute(n.text, 'name') === SHEET_MARKER_NAME)
      .map((n) => {
        const range = contentRange(n);
        const value = range ? decodeEntities(this.xml.slice(range.start, range.end)) : '';
        return {
          key: value.replace(/^="?|"$/g, '').replace(/^"/, ''),
          localSheetId: Number(attribute(n.text, 'localSheetId') ?? -1),
          start: n.start,
          end: n.end,
        };
      });
  }

  private flush(): void {
    if (this.pkg.text(this.part) !== this.xml) this.pkg.write(this.part, this.xml);
  }
}

export { escapeText };

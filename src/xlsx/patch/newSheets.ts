/**
 * The product's two sheets as new worksheet parts: the summary (rendered from the core's
 * SummaryLayout, as src/xlsx/summarySheet.ts renders it through ExcelJS) and the registry. Texts
 * are inline strings (`t="inlineStr"`), so the user's shared-string table is never touched and
 * no text can become a formula.
 */
import {
  internalLinkTarget,
  LINE_HEIGHT_POINTS,
  STYLE_HINTS,
  type CellStyle,
  type LayoutCell,
  type SummaryLayout,
} from '../../core/summary/layout';
import { columnLetters } from './sheetCells';
import type { Styles } from './styles';
import { escapeAttribute, escapeText, xmlSafe } from './xml';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

function inlineCell(ref: string, text: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(xmlSafe(text))}</t></is></c>`;
}

/** The registry's rows (text only) as a worksheet part. */
export function registrySheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((text, c) => inlineCell(`${columnLetters(c + 1)}${r + 1}`, text, 0))
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `${HEAD}<sheetData>${body}</sheetData></worksheet>`;
}

/** Cell formats for the summary's semantic styles, appended to (or reused from) styles.xml. */
class SummaryStyles {
  private readonly cache = new Map<string, number>();

  constructor(private readonly styles: Styles) {}

  index(name: CellStyle | undefined, numFmt?: string): number {
    const key = `${name ?? ''}|${numFmt ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const index = this.build(name, numFmt);
    this.cache.set(key, index);
    return index;
  }

  private build(name: CellStyle | undefined, numFmt: string | undefined): number {
    const p = this.styles.elementPrefix;
    const hint = name ? STYLE_HINTS[name] : {};
    const numFmtId = numFmt ? this.styles.numFmtId(numFmt) : 0;
    const base = this.styles.item('fonts', 0) ?? `<${p}font><${p}sz val="11"/></${p}font>`;
    const fontName = /<([\w.-]+:)?name\s+val="([^"]*)"/.exec(base)?.[2] ?? 'Calibri';
    const font =
      `<${p}font>${hint.bold ? `<${p}b/>` : ''}${hint.underline ? `<${p}u/>` : ''}` +
      `<${p}sz val="${hint.size ?? 11}"/>${hint.color ? `<${p}color rgb="FF${hint.color}"/>` : ''}` +
      `<${p}name val="${escapeAttribute(fontName)}"/></${p}font>`;
    const fontId = name ? this.styles.indexOf('fonts', font) : 0;
    const fillId = hint.fill
      ? this.styles.indexOf('fills', this.styles.fill('solid', hint.fill))
      : 0;
    const side = (edge: string): string =>
      `<${p}${edge} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${edge}>`;
    const borderId = hint.border
      ? this.styles.indexOf(
          'borders',
          `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`,
        )
      : 0;
    const alignment =
      hint.wrap || hint.horizontal || hint.vertical
        ? `<${p}alignment${hint.horizontal ? ` horizontal="${hint.horizontal}"` : ''}${hint.vertical ? ` vertical="${hint.vertical === 'middle' ? 'center' : 'top'}"` : ''}${hint.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    const xf = alignment
      ? `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}>${alignment}</${p}xf>`
      : `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}/>`;
    return this.styles.indexOf('cellXfs', xf);
  }
}

function styleOf(spec: LayoutCell): CellStyle | undefined {
  return spec.kind === 'empty' ? undefined : spec.style;
}

/** The summary sheet's worksheet XML, its formats added to `styles`. */
export function summarySheetXml(layout: SummaryLayout, styles: Styles): string {
  const summaryStyles = new SummaryStyles(styles);
  const merges: string[] = [];
  const links: string[] = [];
  const rows = layout.rows.map((row, index) => {
    const r = index + 1;
    let col = 1;
    const cells: string[] = [];
    for (const spec of row.cells) {
      const span = Math.max(1, spec.span ?? 1);
      const ref = `${columnLetters(col)}${r}`;
      const style = summaryStyles.index(
        styleOf(spec),
        spec.kind === 'number' ? spec.format : undefined,
      );
      if (spec.kind === 'text' || spec.kind === 'link')
        cells.push(inlineCell(ref, spec.text, style));
      else if (spec.kind === 'number')
        cells.push(`<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${Number(spec.value)}</v></c>`);
      else if (style) cells.push(`<c r="${ref}" s="${style}"/>`);
      if (spec.kind === 'link') {
        links.push(
          `<hyperlink ref="${ref}" location="${escapeAttribute(internalLinkTarget(spec.target))}" display="${escapeAttribute(xmlSafe(spec.text))}"/>`,
        );
      }
      if (span > 1) {
        // Borders and fills of a merged range are drawn from each covered cell.
        const covered = summaryStyles.index(styleOf(spec));
        for (let c = col + 1; c < col + span; c++) {
          if (covered) cells.push(`<c r="${columnLetters(c)}${r}" s="${covered}"/>`);
        }
        merges.push(`<mergeCell ref="${ref}:${columnLetters(col + span - 1)}${r}"/>`);
      }
      col += span;
    }
    const height = row.lines ? ` ht="${row.lines * LINE_HEIGHT_POINTS}" customHeight="1"` : '';
    return `<row r="${r}"${height}>${cells.join('')}</row>`;
  });
  const cols = layout.columns.length
    ? `<cols>${layout.columns.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const page = layout.page;
  // CT_Worksheet order: sheetPr, sheetViews, cols, sheetData, mergeCells, hyperlinks,
  // pageMargins, pageSetup.
  return (
    HEAD +
    (page ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>' +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (page
      ? `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="${page.fitToPagesWide}" fitToHeight="0"/>`
      : '') +
    '</worksheet>'
  );
}

import HyperlinkXform from 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';

const HYPERLINK_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

let patched = false;

/**
 * Makes ExcelJS keep internal hyperlinks (a link to a cell of the same workbook) both ways:
 *
 * - On write it gives an internal link (`#'Sheet'!D5`, or `'Sheet'!D5`) both a `location` and
 *   an `r:id` to an external relationship with that text as target; LibreOffice, WPS and Google
 *   Sheets then follow the external target and the link is dead (exceljs #1676, #3027). An
 *   internal link needs only `location`: this writes that (the unused relationship is harmless).
 * - On read it drops every link that has a `location` and no `r:id` (exceljs #920), so a user's
 *   own table of contents would lose its links in the annotated copy. This reads them back as
 *   `#location`, the form ExcelJS documents for internal links, which the writer above keeps.
 *
 * Applied once, before any workbook is loaded or written (XlsxPort applies it on import).
 */
export function patchInternalHyperlinks(): void {
  if (patched) return;
  patched = true;
  const render = HyperlinkXform.prototype.render;
  HyperlinkXform.prototype.render = function renderInternal(this: HyperlinkXform, xml, model) {
    const target = model.target ?? '';
    if (!target.startsWith('#') && !this.isInternalLink(model)) {
      render.call(this, xml, model);
      return;
    }
    const location = target.startsWith('#') ? target.slice(1) : target;
    xml.leafNode('hyperlink', { ref: model.address, tooltip: model.tooltip, location });
  };
  const reconcile = WorksheetXform.prototype.reconcile;
  WorksheetXform.prototype.reconcile = function reconcileInternal(
    this: WorksheetXform,
    model,
    options,
  ) {
    const relationships = (model.relationships ??= []);
    (model.hyperlinks ?? []).forEach((hyperlink, index) => {
      if (hyperlink.rId || !hyperlink.target) return;
      // A relationship of our own naming, for ExcelJS to read the link through as it does others.
      const id = `rIdBudgetReconcilerLocation${index}`;
      relationships.push({ Id: id, Type: HYPERLINK_TYPE, Target: `#${hyperlink.target}` });
      hyperlink.rId = id;
    });
    reconcile.call(this, model, options);
  };
}

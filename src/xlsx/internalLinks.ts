import HyperlinkXform from 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform';

let patched = false;

/**
 * ExcelJS writes an internal hyperlink (`'Sheet'!D5`) with both a `location` and an `r:id`
 * pointing at an external relationship whose target is that same text; LibreOffice, WPS and
 * Google Sheets then follow the external target and the link is dead (exceljs issues #1676,
 * #3027). An internal link needs only `location`, so this drops the `r:id` for those links.
 * The unused relationship ExcelJS still lists is harmless. Idempotent.
 */
export function patchInternalHyperlinks(): void {
  if (patched) return;
  patched = true;
  const original = HyperlinkXform.prototype.render;
  HyperlinkXform.prototype.render = function render(this: HyperlinkXform, xmlStream, model) {
    if (!this.isInternalLink(model)) {
      original.call(this, xmlStream, model);
      return;
    }
    xmlStream.leafNode('hyperlink', {
      ref: model.address,
      tooltip: model.tooltip,
      location: model.target,
    });
  };
}

/** ExcelJS's internal hyperlink writer (not part of its typed public API). */
declare module 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform' {
  interface HyperlinkModel {
    address: string;
    rId?: string;
    tooltip?: string;
    target?: string;
  }
  interface XmlStream {
    leafNode(name: string, attributes: Record<string, string | undefined>): void;
  }
  class HyperlinkXform {
    render: (this: HyperlinkXform, xmlStream: XmlStream, model: HyperlinkModel) => void;
    isInternalLink(model: HyperlinkModel): boolean;
  }
  export = HyperlinkXform;
}

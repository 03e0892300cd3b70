/** ExcelJS's internal worksheet reader/writer (not part of its typed public API). */
declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  interface WorksheetModel {
    hyperlinks?: { address: string; rId?: string; target?: string }[];
    relationships?: { Id: string; Type: string; Target: string; TargetMode?: string }[];
  }
  class WorksheetXform {
    reconcile: (this: WorksheetXform, model: WorksheetModel, options: unknown) => void;
  }
  export = WorksheetXform;
}

import { ExcelPort } from '../../src/excel/ExcelPort';
import { capabilitiesOf, type ExcelRun } from '../../src/excel/host';
import { createSimHost, type SimHostOptions } from './host';
import type { SimDocument } from './state';

/**
 * An ExcelPort over a simulated host. The simulator implements the slice of Excel's object
 * model the adapter uses, not the whole `Excel.RequestContext` type, hence the one cast here.
 */
export function simPort(doc: SimDocument, options: SimHostOptions & { budget?: number } = {}) {
  const host = createSimHost(doc, options);
  const run = host.Excel.run as unknown as ExcelRun;
  const capabilities = capabilitiesOf(host.Office.context.requirements);
  return { host, run, port: new ExcelPort(run, capabilities, options.budget) };
}

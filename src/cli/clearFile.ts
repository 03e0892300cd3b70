import { clearWorkbook } from '../core/usecase/reconcileWorkbook';
import { loadWorkbook, readWorkbookBytes, saveWorkbook } from '../xlsx/file';
import { checkPackageLimits } from '../xlsx/fast/GridPort';
import { checkOutputs, checkRegularFile } from './outputs';
import { XlsxPort } from '../xlsx/XlsxPort';

/** Writes a copy of `file` with the product's marks removed; returns how many cells it restored. */
export async function clearFile(file: string, out: string): Promise<number> {
  await checkOutputs(file, [{ flag: '--out', file: out }]);
  await checkRegularFile(file);
  const bytes = await readWorkbookBytes(file);
  checkPackageLimits(file, bytes);
  const workbook = await loadWorkbook(file, bytes);
  const port = new XlsxPort(workbook);
  const cells = port.registry().marks.length;
  await clearWorkbook(port);
  await saveWorkbook(workbook, out);
  return cells;
}

import path from 'node:path';
import { CannotReconcileError } from '../core/errors';
import { clearWorkbook } from '../core/usecase/reconcileWorkbook';
import { loadWorkbook, saveWorkbook } from '../xlsx/file';
import { XlsxPort } from '../xlsx/XlsxPort';

/** Writes a copy of `file` with the product's marks removed; returns how many cells it restored. */
export async function clearFile(file: string, out: string): Promise<number> {
  if (path.resolve(out) === path.resolve(file)) {
    throw new CannotReconcileError(
      `${out}: refusing to overwrite the input workbook; choose another output path`,
    );
  }
  const workbook = await loadWorkbook(file);
  const port = new XlsxPort(workbook);
  const cells = port.registry().marks.length;
  await clearWorkbook(port);
  await saveWorkbook(workbook, out);
  return cells;
}

import { CannotReconcileError } from '../core/errors';
import { checkOutputExtension, readWorkbookBytes, saveBytes } from '../xlsx/file';
import { isCompoundFile } from '../xlsx/compoundFile';
import { clearPackage } from '../xlsx/patch';
import { NODE_CODEC } from '../xlsx/patch/nodeCodec';
import { checkPackageLimits } from '../xlsx/fast/GridPort';
import { checkOutputs, checkRegularFile } from './outputs';

/**
 * Writes a copy of `file` with the product's marks removed (the package patched in reverse,
 * driven by its registry); returns how many cells it restored. Without a registry, cells that
 * still carry the product's notes cannot be restored exactly: they are named and nothing is
 * written.
 */
export async function clearFile(file: string, out: string): Promise<number> {
  await checkOutputs(file, [{ flag: '--out', file: out }]);
  await checkRegularFile(file);
  checkOutputExtension(file, out);
  const bytes = await readWorkbookBytes(file);
  if (isCompoundFile(bytes)) {
    // The product never marks a binary workbook: its annotated copy is a new .xlsx.
    throw new CannotReconcileError(
      `${file}: a binary .xls / .et workbook carries no marks; clear the annotated .xlsx copy instead`,
    );
  }
  checkPackageLimits(file, bytes);
  let result;
  try {
    result = clearPackage(bytes, { codec: NODE_CODEC });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new CannotReconcileError(`${file}: not a readable .xlsx workbook (${message})`);
  }
  if (result.unrestorable.length) {
    const cells = result.unrestorable.slice(0, 5).join(', ');
    const more =
      result.unrestorable.length > 5 ? ` and ${result.unrestorable.length - 5} more` : '';
    throw new CannotReconcileError(
      `${file}: no marks registry; cells still carry the product's notes (${cells}${more}) and cannot be restored exactly`,
    );
  }
  await saveBytes(result.bytes, out);
  return result.restored;
}

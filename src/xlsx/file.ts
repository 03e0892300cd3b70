import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { CannotReconcileError } from '../core/errors';
import { compoundFileReason, compoundKind, isCompoundFile } from './compoundFile';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Reads a file's bytes, turning a missing or unreadable path into a one-line reason. */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CannotReconcileError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CannotReconcileError(`${file}: is a folder, not a workbook`);
    throw new CannotReconcileError(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (isCompoundFile(bytes)) {
    // A binary .xls / .et is read (by ./legacy.ts); an encrypted package or other is refused.
    if (compoundKind(bytes) === 'binary-workbook') return bytes;
    throw new CannotReconcileError(`${file}: ${compoundFileReason(bytes)}`);
  }
  if (bytes.length < 4 || ZIP_SIGNATURE.some((byte, i) => bytes[i] !== byte)) {
    throw new CannotReconcileError(
      `${file}: not an .xlsx workbook (the file is not a zip package)`,
    );
  }
  return bytes;
}

/** Loads a workbook with ExcelJS; a damaged package is a one-line reason, not a stack trace. */
export async function loadWorkbook(file: string, bytes?: Buffer): Promise<ExcelJS.Workbook> {
  const data = bytes ?? (await readWorkbookBytes(file));
  // Loaded on first use: a report-only run reads with the fast reader and never needs ExcelJS.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CannotReconcileError(
      `${file}: not a readable .xlsx workbook (${(error as Error).message.split('\n')[0]})`,
    );
  }
  if (!workbook.worksheets.length)
    throw new CannotReconcileError(`${file}: the workbook has no sheets`);
  return workbook;
}

/**
 * Writes through a temporary file in the target folder and renames it into place, so a failure
 * midway never leaves a partial output file behind.
 */
export async function writeFileAtomically(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await write(temporary);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  await writeFileAtomically(target, (temporary) => workbook.xlsx.writeFile(temporary));
}

export async function saveBytes(bytes: Uint8Array, target: string): Promise<void> {
  await writeFileAtomically(target, (temporary) => fs.writeFile(temporary, bytes));
}

/**
 * A macro-enabled workbook (.xlsm) keeps its VBA project only under an .xlsm name: Excel refuses
 * to open a macro-enabled package named .xlsx. One line, before anything is written.
 */
export function checkOutputExtension(input: string, out: string): void {
  if (/\.xlsm$/i.test(input) && !/\.xlsm$/i.test(out)) {
    throw new CannotReconcileError(
      `${out}: ${path.basename(input)} holds macros; the annotated copy must end in .xlsm too`,
    );
  }
}

/**
 * The annotated copy of a binary .xls / .et is a new .xlsx package: under an .xls name Excel
 * would warn that the content does not match the extension. One line, before anything is written.
 */
export function checkLegacyOutput(input: string, out: string): void {
  if (!/\.xlsx$/i.test(out)) {
    throw new CannotReconcileError(
      `${out}: ${path.basename(input)} is a binary .xls / .et workbook; its annotated copy is a new .xlsx, so --out must end in .xlsx`,
    );
  }
}

export async function saveText(text: string, target: string): Promise<void> {
  await writeFileAtomically(target, (temporary) => fs.writeFile(temporary, text, 'utf8'));
}

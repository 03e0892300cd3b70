import type ExcelJS from 'exceljs';
import { unknownFigure, type CellValue } from '../core/model/grid';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date as Excel stores it: days since 1899-12-30 (1900 date system). */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | null | undefined;

function scalar(value: Scalar): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === 'object') return { error: String(value.error) };
  return value;
}

/**
 * One ExcelJS cell value to the core's CellValue: a formula gives its cached result (null when
 * none was saved), rich text its plain text, a hyperlink its text, a date its serial number.
 */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return scalar(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return scalar(value.result);
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) {
      return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
    }
    return null;
  }
  return null;
}

/**
 * A cell's value, reading a formula's cached result from the cell's model: ExcelJS's `value`
 * copies only truthy fields of a formula, so a total whose cached result is 0 (or FALSE) would
 * otherwise read as empty and go unchecked. A formula saved without a result (`formula` is its
 * text, when known) is an unknown figure for the core to evaluate.
 */
export function cellValueOf(cell: ExcelJS.Cell, formula?: string): CellValue {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result: unknown = cell.model.result;
    if (result === undefined || result === null) return formula ? unknownFigure('no-result') : null;
    if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') {
      return result;
    }
    if (result instanceof Date) return excelSerial(result);
    if (typeof result === 'object' && 'error' in result) return { error: String(result.error) };
    return null;
  }
  return toCellValue(value);
}

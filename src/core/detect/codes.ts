import { cellAt, type CellValue, type SheetGrid } from '../model/grid';
import type { DetectedColumn } from './columns';

/** The digits of a code cell: `201`, 201, `2 01` (a code typed as a number loses no digit). */
function digitsOf(value: CellValue): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string') {
    const digits = value.replace(/[\s\u3000]/g, '');
    return /^\d+$/.test(digits) ? digits : '';
  }
  return '';
}

/** The 类 and 款 segments seen last, for tables that type only each row's new segment. */
export class CodeCarry {
  classCode = '';
  sectionCode = '';
}

const SEGMENT_ORDER = ['class', 'section', 'item'] as const;

/**
 * A row's classification code: from one 科目编码 column (`2012901`), or from 类 | 款 | 项
 * columns in either style — each level's own digits (`201 | 29 | 01`; a number column drops the
 * leading zero of `01`), the parent's digits repeated (`201 | 20129 | 2012901`), or only the new
 * segment on each row (the 类 and 款 above carried down).
 */
export function codeOfRow(
  sheet: SheetGrid,
  row: number,
  codeColumns: readonly DetectedColumn[],
  carry: CodeCarry,
): string | undefined {
  if (!codeColumns.length) return undefined;
  const whole = codeColumns.find((column) => !column.codePart);
  if (whole) {
    const digits = digitsOf(cellAt(sheet, row, whole.col));
    if (digits.length >= 3) return digits;
  }
  const parts = SEGMENT_ORDER.map((part) => codeColumns.find((c) => c.codePart === part));
  if (!parts[0]) return undefined;
  const [classDigits, sectionDigits, itemDigits] = parts.map((column) =>
    column ? digitsOf(cellAt(sheet, row, column.col)) : '',
  );
  if (!classDigits && !sectionDigits && !itemDigits) return undefined;
  const deepest = itemDigits || sectionDigits || classDigits;
  if (deepest.length >= 5) return deepest;
  if (classDigits) {
    carry.classCode = classDigits;
    carry.sectionCode = '';
  }
  if (!carry.classCode) return undefined;
  if (sectionDigits) carry.sectionCode = sectionDigits.padStart(2, '0');
  if (!sectionDigits && !itemDigits) return carry.classCode;
  if (!carry.sectionCode) return undefined;
  const section = carry.classCode + carry.sectionCode;
  return itemDigits ? section + itemDigits.padStart(2, '0') : section;
}

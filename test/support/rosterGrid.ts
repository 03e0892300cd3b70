import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/model/grid';
import { personName, residentId } from './residentIds';

export interface RosterOptions {
  /** Recipients on the roster, each paid 300 元. */
  readonly size: number;
  /** Add the aggregate line (人数 × 标准 = 金额) the roster ties to. */
  readonly withLine?: boolean;
  /** Which recipient each row pays (default: row i pays person i). */
  readonly personAt?: (row: number) => number;
  /** How each amount is written (default: the number 300). */
  readonly amountAt?: (row: number) => CellValue;
}

function sheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, visibility: 'visible', rows, numFmts: [], merges: [] };
}

/** A 两节慰问 budget line and a generated 困难职工 roster, as a core grid (large-roster tests). */
export function rosterWorkbook(options: RosterOptions): WorkbookGrid {
  const { size, personAt = (row) => row, amountAt = () => 300 } = options;
  const roster: CellValue[][] = [
    ['两节慰问困难职工名单'],
    ['单位：元'],
    ['姓名', '身份证号', '金额'],
  ];
  for (let i = 0; i < size; i++) {
    const person = personAt(i);
    roster.push([personName(person), residentId(person), amountAt(i)]);
  }
  const budget = sheet('预算', [
    ['单位：元'],
    ['项目', '预算数', '执行数'],
    ['两节慰问', size * 300, size * 300],
  ]);
  const line = sheet('汇总', [
    ['单位：元'],
    ['项目', '慰问对象', '人数', '标准（元/人）', '金额'],
    ['两节慰问', '困难职工', size, 300, size * 300],
  ]);
  return {
    sheets: options.withLine
      ? [budget, line, sheet('困难职工名单', roster)]
      : [budget, sheet('困难职工名单', roster)],
  };
}

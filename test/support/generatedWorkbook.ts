import ExcelJS from 'exceljs';
import fc from 'fast-check';

/**
 * Generated budget workbooks for the non-destructive property tests: a budget table (totals
 * right or wrong), an optional payment sheet, a table of contents with links, and a user's own
 * sheet under the summary's name; cells carry user fills (one a mark colour) and notes.
 */
/** A fill a user may have put on a cell: none, solid (one of them a mark colour), or a pattern. */
type UserFill = null | 'FFFF00' | 'FFEB9C' | '92D050' | 'pattern';
type UserNote = null | 'rich' | { readonly text: string };

interface Decor {
  readonly fill: UserFill;
  readonly note: UserNote;
}

interface Line extends Decor {
  readonly label: string;
  readonly budgetCents: number;
  readonly actualCents: number;
}

interface Payment extends Decor {
  readonly group: string;
  readonly headcount: number;
  readonly standard: number;
  readonly delta: number;
  readonly ownCents: number;
}

export interface Spec {
  readonly year: boolean;
  readonly lines: readonly Line[];
  readonly total: Decor & { readonly delta: number };
  readonly payments: readonly Payment[];
  readonly userSummary: boolean;
}

const decor = {
  fill: fc.constantFrom<UserFill>(null, null, 'FFFF00', 'FFEB9C', '92D050', 'pattern'),
  note: fc.constantFrom<UserNote>(
    null,
    null,
    { text: '已核对' },
    { text: 'checked by 张三' },
    { text: '【对账】an old note' },
    'rich',
  ),
};

export const spec: fc.Arbitrary<Spec> = fc.record({
  year: fc.boolean(),
  lines: fc.array(
    fc.record({
      label: fc.constantFrom('人员经费', '公用经费', '办公费', '=SUM(A1:A2)', '+86', '@user', '-1'),
      budgetCents: fc.integer({ min: 0, max: 50_000_000 }),
      actualCents: fc.integer({ min: 0, max: 50_000_000 }),
      ...decor,
    }),
    { minLength: 1, maxLength: 5 },
  ),
  total: fc.record({ delta: fc.constantFrom(0, 0, 1, 2, 700, -100_000), ...decor }),
  payments: fc.array(
    fc.record({
      group: fc.constantFrom('困难职工', '劳模', '=HYPERLINK("http://x","y")'),
      headcount: fc.integer({ min: 1, max: 600 }),
      standard: fc.constantFrom(100, 300, 500),
      delta: fc.constantFrom(0, 0, 1, 100),
      ownCents: fc.integer({ min: 0, max: 1_000_000 }),
      ...decor,
    }),
    { maxLength: 3 },
  ),
  userSummary: fc.boolean(),
});

function decorate(cell: ExcelJS.Cell, { fill, note }: Decor): void {
  if (fill === 'pattern') {
    cell.fill = {
      type: 'pattern',
      pattern: 'darkVertical',
      fgColor: { argb: 'FF00B050' },
      bgColor: { argb: 'FFFFFFFF' },
    };
  } else if (fill) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
  }
  if (note === 'rich') {
    // As Excel writes a note: the author in bold, then the text.
    cell.note = {
      texts: [
        { font: { bold: true, size: 9, name: 'Tahoma' }, text: '张三:' },
        { font: { size: 9, name: 'Tahoma' }, text: '\n请复核此数' },
      ],
    };
  } else if (note) {
    cell.note = note.text;
  }
}

export function build(input: Spec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet('预算执行表');
  budget.addRow([input.year ? '2022年度预算执行情况表' : '预算执行情况表']);
  budget.addRow(['单位：元']);
  budget.addRow(['项目', '预算数', '执行数']);
  for (const line of input.lines) {
    const row = budget.addRow([line.label, line.budgetCents / 100, line.actualCents / 100]);
    decorate(row.getCell(2), line);
  }
  const budgetSum = input.lines.reduce((sum, line) => sum + line.budgetCents, 0);
  const actualSum = input.lines.reduce((sum, line) => sum + line.actualCents, 0);
  const total = budget.addRow(['合计', (budgetSum + input.total.delta) / 100, actualSum / 100]);
  decorate(total.getCell(2), input.total);
  if (input.payments.length) {
    const sheet = workbook.addWorksheet('慰问发放明细');
    sheet.addRow(['单位：元']);
    sheet.addRow(['项目', '慰问对象', '人数', '标准', '金额', '区财政资金', '本级资金']);
    for (const payment of input.payments) {
      const amount = payment.headcount * payment.standard + payment.delta;
      const own = Math.min(payment.ownCents / 100, amount);
      const row = sheet.addRow([
        '两节慰问',
        payment.group,
        payment.headcount,
        payment.standard,
        amount,
        amount - own,
        own,
      ]);
      decorate(row.getCell(5), payment);
    }
  }
  // A table of contents: internal links must survive reading and writing.
  const contents = workbook.addWorksheet('目录');
  contents.getCell('A1').value = { text: '预算执行表', hyperlink: "#'预算执行表'!A1" };
  contents.getCell('A2').value = { text: 'example', hyperlink: 'https://example.org/' };
  if (input.userSummary) {
    const mine = workbook.addWorksheet('对账摘要');
    mine.addRow(['我的摘要', '=不是公式']);
    decorate(mine.getCell('A1'), { fill: 'FFFF00', note: { text: '我的' } });
  }
  return workbook;
}

import {
  detectSheet as detectTables,
  roleOfHeader,
  type RoleOverrides,
} from '../../../src/core/detect';
import type { SheetGrid } from '../../../src/core/model/grid';
import { grid } from '../../support/ruleTester';

describe('roleOfHeader', () => {
  it.each([
    ['项目', 'item'],
    ['项目名称', 'item'],
    ['Item', 'item'],
    ['支出类型', 'category'],
    ['科目编码', 'code'],
    ['年初预算数（万元）', 'budget'],
    ['2022年全年预算数', 'budget'],
    ['Budget', 'budget'],
    ['决算数', 'actual'],
    ['实际支出', 'actual'],
    ['Actual', 'actual'],
    ['人次', 'headcount'],
    ['补助标准（元/人）', 'standard'],
    ['元/人', 'standard'],
    ['发放金额（元）', 'amount'],
    ['区财政资金', 'source'],
    ['本级资金', 'source'],
    ['资金来源', 'sourceName'],
    ['慰问对象', 'group'],
    ['姓名', 'name'],
    ['身份证号码', 'id'],
  ])('%s is a %s column', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it.each(['序号', '备注', '预算执行率', '执行率(%)', '说明'])(
    '%s is no figure column',
    (header) => {
      expect(roleOfHeader(header)).toBeUndefined();
    },
  );
});

/** The first table of a sheet: these layouts hold one. */
function detectSheet(sheet: SheetGrid, overrides?: RoleOverrides) {
  const table = detectTables(sheet, overrides).tables[0];
  return table ?? { headerRow: undefined, columns: [], rows: [], aggregates: [] };
}

describe('detectSheet', () => {
  const budgetSheet = grid({
    name: '预算',
    rows: [
      ['2022年度预算执行情况表'],
      ['单位：万元'],
      [],
      ['序号', '备注', '执行数', '项目', '预算数'],
      [1, null, 10, '甲', 12],
      [2, '说明', 20, '乙', 20],
      [],
      ['合计', null, 30, null, 32],
    ],
  });

  it('finds the header below title, unit line and blank rows, columns in any order', () => {
    const model = detectSheet(budgetSheet);
    expect(model.headerRow).toBe(3);
    expect(model.role).toBe('budget');
    expect(model.columns.map((column) => [column.col, column.role])).toEqual([
      [2, 'actual'],
      [3, 'item'],
      [4, 'budget'],
    ]);
    expect(model.unit).toMatchObject({ source: 'unit-line', row: 1 });
    expect(model.columns[0].unit?.zh).toBe('万元');
  });

  it('classifies lines and the 合计 row (blank rows are left out), which covers the lines above it', () => {
    const model = detectSheet(budgetSheet);
    expect(model.rows.map((row) => [row.row, row.kind])).toEqual([
      [4, 'line'],
      [5, 'line'],
      [7, 'total'],
    ]);
    expect(model.aggregates).toEqual([{ row: 7, kind: 'total', label: '合计', children: [4, 5] }]);
  });

  it('rolls classification codes up level by level', () => {
    const model = detectSheet(
      grid({
        rows: [
          ['科目编码', '科目名称', '执行数'],
          ['201', '一般公共服务支出', 30],
          ['20129', '群众团体事务', 30],
          ['2012901', '行政运行', 20],
          ['2012902', '一般行政管理事务', 10],
        ],
      }),
    );
    expect(model.aggregates).toEqual([
      { row: 1, kind: 'code', label: '一般公共服务支出', children: [2] },
      { row: 2, kind: 'code', label: '群众团体事务', children: [3, 4] },
    ]);
  });

  it('covers each section with its 小计 and the subtotals with the 合计', () => {
    const model = detectSheet(
      grid({
        rows: [
          ['项目', '金额（元）'],
          ['一、基本支出', null],
          ['人员经费', 10],
          ['公用经费', 5],
          ['小计', 15],
          ['二、项目支出', null],
          ['两节慰问', 7],
          ['小计', 7],
          ['合计', 22],
        ],
      }),
    );
    expect(model.aggregates).toEqual([
      { row: 4, kind: 'subtotal', label: '小计', children: [2, 3] },
      { row: 7, kind: 'subtotal', label: '小计', children: [6] },
      { row: 8, kind: 'total', label: '合计', children: [4, 7] },
    ]);
  });

  it('nests 人员经费 and 公用经费 under 基本支出 without a category column', () => {
    const model = detectSheet(
      grid({
        rows: [
          ['项目', '执行数'],
          ['基本支出', 30],
          ['人员经费', 20],
          ['公用经费', 10],
          ['项目支出', 5],
          ['两节慰问', 5],
          ['合计', 35],
        ],
      }),
    );
    expect(model.aggregates).toEqual([
      { row: 1, kind: 'section', label: '基本支出', children: [2, 3] },
      { row: 4, kind: 'section', label: '项目支出', children: [5] },
      { row: 6, kind: 'total', label: '合计', children: [1, 4] },
    ]);
  });

  it('reads a two-row header with sources under a merged 资金来源', () => {
    const model = detectSheet(
      grid({
        rows: [
          ['项目', '人数', '金额', '资金来源', null],
          [null, null, null, '区财政资金', '本级资金'],
          ['两节慰问', 568, 170400, 100000, 70400],
        ],
      }),
    );
    expect(model.headerRow).toBe(1);
    expect(model.role).toBe('disbursement');
    expect(model.columns.map((column) => [column.role, column.fiscal])).toEqual([
      ['item', undefined],
      ['headcount', undefined],
      ['amount', undefined],
      ['source', true],
      ['source', false],
    ]);
  });

  it('says 元 was assumed when no unit is stated', () => {
    const model = detectSheet(
      grid({
        rows: [
          ['Item', 'Budget', 'Actual'],
          ['A', 1, 1],
        ],
      }),
    );
    expect(model.unit.source).toBe('assumed');
    expect(model.columns[1]).toMatchObject({ unitSource: 'assumed' });
  });

  it('follows the user’s choice of header cell for a role', () => {
    const sheet = grid({
      rows: [
        ['项目', '数额一', '数额二'],
        ['甲', 1, 2],
      ],
    });
    expect(detectSheet(sheet).headerRow).toBeUndefined();
    const model = detectSheet(sheet, { item: 'A1', actual: 'C1' });
    expect(model.columns.map((column) => [column.col, column.role])).toEqual([
      [0, 'item'],
      [2, 'actual'],
    ]);
  });
});

describe('total rows', () => {
  it('are named by labels, never by a remark that mentions 小计', () => {
    const model = detectSheet(
      grid({
        rows: [
          ['项目', '金额（元）', '备注'],
          ['甲', 10, null],
          ['乙', 5, '含小计'],
          ['合计', 15, null],
        ],
      }),
    );
    expect(model.rows.map((row) => row.kind)).toEqual(['line', 'line', 'total']);
  });
});

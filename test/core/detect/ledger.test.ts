import { buildLedger } from '../../../src/core/detect/ledger';
import { detectWorkbook } from '../../../src/core/detect/workbook';
import { grid, type GridSheet } from '../../support/ruleTester';

function ledgerOfSheets(...sheets: GridSheet[]) {
  return buildLedger(detectWorkbook({ sheets: sheets.map(grid) }));
}

const budget: GridSheet = {
  name: '预算',
  rows: [
    ['单位：万元'],
    ['支出类型', '项目', '预算数', '执行数'],
    ['项目支出', '项目支出', 15, 15],
    ['项目支出', '两节慰问专项资金', 15, 15],
  ],
};

describe('the ledger', () => {
  it('carries a merged project name down to the lines below it', () => {
    const ledger = ledgerOfSheets(budget, {
      name: '明细',
      rows: [
        ['项目', '慰问对象', '人数', '金额（元）'],
        ['两节慰问', '困难职工', 568, 170400],
        [null, '劳模', 38, 50000],
        ['合计', null, 606, 220400],
      ],
    });
    expect(ledger.lines.map((line) => [line.project, line.group, line.projectCell])).toEqual([
      ['两节慰问', '困难职工', 'A2'],
      ['两节慰问', '劳模', 'A2'],
    ]);
    expect(ledger.projects).toHaveLength(1);
    expect(ledger.projects[0].budgetLine?.label).toBe('两节慰问专项资金');
  });

  it('names a per-group roster from its title and ties it to its line', () => {
    const ledger = ledgerOfSheets(
      budget,
      {
        name: '汇总',
        rows: [
          ['项目', '慰问对象', '人数', '金额（元）'],
          ['两节慰问', '困难职工', 2, 600],
          ['两节慰问', '劳模', 1, 500],
        ],
      },
      {
        name: '劳模名单',
        rows: [['2022年两节慰问走访名单'], ['姓名', '身份证号', '金额（元）'], ['甲', null, 500]],
      },
    );
    const [roster] = ledger.rosters;
    expect(roster.projectKey).toBe('两节慰问');
    expect(roster.groupKey).toBe('劳模');
    expect(roster.line?.row).toBe(2);
    expect(ledger.projects[0].rosters).toEqual([roster]);
  });

  it('leaves a roster whose project it cannot tell out of every project', () => {
    const ledger = ledgerOfSheets(budget, {
      name: '花名册',
      rows: [
        ['姓名', '金额（元）'],
        ['甲', 300],
      ],
    });
    expect(ledger.rosters[0].projectKey).toBeUndefined();
    expect(ledger.projects).toEqual([]);
  });
});

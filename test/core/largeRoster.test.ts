import type { CellValue, WorkbookGrid } from '../../src/core/model/grid';
import { reconcile } from '../../src/core/reconcile';
import { personName, residentId } from '../support/residentIds';

/** A budget line, an aggregate line and a roster of `size` recipients, one of them paid twice. */
function workbookWithRoster(size: number): WorkbookGrid {
  const roster: CellValue[][] = [
    ['两节慰问困难职工名单'],
    ['单位：元'],
    ['姓名', '身份证号', '金额'],
  ];
  for (let i = 0; i < size; i++) {
    const person = i === size - 1 ? 0 : i;
    roster.push([personName(person), residentId(person), 300]);
  }
  const sheet = (name: string, rows: CellValue[][]) => ({
    name,
    visibility: 'visible' as const,
    rows,
    numFmts: [],
    merges: [],
  });
  return {
    sheets: [
      sheet('预算', [
        ['单位：元'],
        ['项目', '预算数', '执行数'],
        ['两节慰问', size * 300, size * 300],
      ]),
      sheet('汇总', [
        ['单位：元'],
        ['项目', '慰问对象', '人数', '标准（元/人）', '金额'],
        ['两节慰问', '困难职工', size, 300, size * 300],
      ]),
      sheet('困难职工名单', roster),
    ],
  };
}

function rulesFound(size: number): string[] {
  return reconcile(workbookWithRoster(size), { today: '2026-01-01' }).findings.map((f) => f.rule);
}

// Speed and linearity are measured by `npm run bench` (bench/RESULTS.md), not by timed tests;
// this checks that a roster of realistic city size is reconciled whole and exactly.
describe('a large roster', () => {
  it('finds the one person paid twice among 100 000 recipients, and nothing else', () => {
    expect(rulesFound(100_000)).toEqual(['duplicate-recipient']);
  });
});

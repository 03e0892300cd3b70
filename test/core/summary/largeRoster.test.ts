import type { CellValue, WorkbookGrid } from '../../../src/core/model/grid';
import { reconcile } from '../../../src/core/reconcile';
import { summaryLayoutOf } from '../../../src/core/summary';
import { personName, residentId } from '../../support/residentIds';

/** A budget line and a roster of `size` recipients, every tenth amount stored as text. */
function workbookWithRoster(size: number): WorkbookGrid {
  const roster: CellValue[][] = [
    ['两节慰问困难职工名单'],
    ['单位：元'],
    ['姓名', '身份证号', '金额'],
  ];
  for (let i = 0; i < size; i++) roster.push([personName(i), residentId(i), i % 10 ? 300 : '300']);
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
      sheet('困难职工名单', roster),
    ],
  };
}

function summaryOf(size: number): { rows: number; findings: number } {
  const result = reconcile(workbookWithRoster(size), { today: '2026-01-01' });
  return { rows: summaryLayoutOf(result).rows.length, findings: result.findings.length };
}

// Speed is measured by `npm run bench`, not by timed tests; this checks the sheet's bounds.
describe('the summary of a large roster', () => {
  it('stays the same size however many findings there are (lists are capped with a count)', () => {
    const small = summaryOf(20_000);
    const large = summaryOf(100_000);
    expect(large.findings).toBeGreaterThanOrEqual(10_000);
    expect(large.rows).toBe(small.rows);
  });
});

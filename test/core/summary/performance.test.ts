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

function timed(size: number): { ms: number; rows: number; findings: number } {
  const result = reconcile(workbookWithRoster(size), { today: '2026-01-01' });
  const start = performance.now();
  const layout = summaryLayoutOf(result);
  return {
    ms: performance.now() - start,
    rows: layout.rows.length,
    findings: result.findings.length,
  };
}

describe('summary performance', () => {
  it('stays linear and bounded on a 200 000-row roster with 20 000 findings', () => {
    timed(2_000);
    const small = timed(20_000);
    const large = timed(200_000);
    // The findings list is capped, so the sheet does not grow with the roster.
    expect(large.findings).toBeGreaterThanOrEqual(20_000);
    expect(large.rows).toBe(small.rows);
    expect(large.ms).toBeLessThan(Math.max(small.ms, 50) * 30);
    expect(large.ms).toBeLessThan(10_000);
  }, 120_000);
});

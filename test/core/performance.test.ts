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

function timed(size: number): { ms: number; rules: string[] } {
  const grid = workbookWithRoster(size);
  const start = performance.now();
  const result = reconcile(grid, { today: '2026-01-01' });
  return { ms: performance.now() - start, rules: result.findings.map((finding) => finding.rule) };
}

describe('performance', () => {
  it('a 200 000-row roster stays linear', () => {
    timed(2_000); // warm-up: JIT and caches
    const small = timed(20_000);
    const large = timed(200_000);
    expect(small.rules).toEqual(['duplicate-recipient']);
    expect(large.rules).toEqual(['duplicate-recipient']);
    // Ten times the rows: linear work takes about ten times as long, quadratic a hundred.
    expect(large.ms).toBeLessThan(Math.max(small.ms, 50) * 30);
    expect(large.ms).toBeLessThan(20_000);
  }, 120_000);
});

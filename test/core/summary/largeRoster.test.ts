import { reconcile } from '../../../src/core/reconcile';
import { summaryLayoutOf } from '../../../src/core/summary';
import { rosterWorkbook } from '../../support/rosterGrid';

function summaryOf(size: number): { rows: number; findings: number } {
  const result = reconcile(
    // Every tenth amount stored as text: a number-as-text note each, capped in the summary.
    rosterWorkbook({ size, amountAt: (row) => (row % 10 ? 300 : '300') }),
    { today: '2026-01-01' },
  );
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

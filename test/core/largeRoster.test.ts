import { reconcile } from '../../src/core/reconcile';
import { rosterWorkbook } from '../support/rosterGrid';

function rulesFound(size: number): string[] {
  return reconcile(
    // The last row pays the first person again.
    rosterWorkbook({ size, withLine: true, personAt: (row) => (row === size - 1 ? 0 : row) }),
    { today: '2026-01-01' },
  ).findings.map((f) => f.rule);
}

// Speed and linearity are measured by `npm run bench` (bench/RESULTS.md), not by timed tests;
// this checks that a roster of realistic city size is reconciled whole and exactly.
describe('a large roster', () => {
  it('finds the one person paid twice among 100 000 recipients, and nothing else', () => {
    expect(rulesFound(100_000)).toEqual(['duplicate-recipient']);
  });
});

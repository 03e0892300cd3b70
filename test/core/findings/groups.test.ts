import {
  differenceOf,
  groupFindings,
  SYSTEMATIC_MAX_GROUPS,
  SYSTEMATIC_MIN,
} from '../../../src/core/findings/groups';
import type { Finding } from '../../../src/core/model/finding';

const at = (
  cell: string,
  expected: string,
  actual: string,
  rule = 'per-capita-mismatch',
): Finding =>
  ({
    rule,
    severity: 'error',
    sheet: '名单',
    cell,
    related: [],
    expected,
    actual,
    unit: '元',
    message: '',
  }) as Finding;

describe('grouping findings', () => {
  it('subtracts exactly', () => {
    expect(differenceOf(at('C4', '300.00', '310.00'))).toBe('-10.00');
    expect(differenceOf(at('C4', '0.3', '0.1'))).toBe('0.2');
    expect(differenceOf(at('C4', '1', 'x'))).toBeUndefined();
  });

  it('shows the same difference on many rows as one systematic group, the rest apart', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => at(`C${i + 4}`, '300.00', '310.00'));
    const odd = at('C2000', '300.00', '3000.00');
    const total = {
      ...at('D5', '161.86', '161.87', 'total-mismatch'),
      sheet: '预算',
      severity: 'warning' as const,
    };
    const groups = groupFindings([total, ...rows, odd], ['预算', '名单']);
    expect(
      groups.map((g) => [g.severity, g.sheet, g.rule, g.findings.length, g.systematic?.difference]),
    ).toEqual([
      ['error', '名单', 'per-capita-mismatch', 1, undefined],
      ['error', '名单', 'per-capita-mismatch', 1500, '-10.00'],
      ['warning', '预算', 'total-mismatch', 1, undefined],
    ]);
  });

  it('keeps at most the largest systematic groups, the rest listed together', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      at(`C${i + 4}`, '300', String(301 + (i % 2000))),
    );
    const groups = groupFindings(many, []);
    expect(groups.length).toBe(SYSTEMATIC_MAX_GROUPS + 1);
    expect(groups.reduce((sum, g) => sum + g.findings.length, 0)).toBe(20_000);
  });

  it(`needs ${SYSTEMATIC_MIN} rows to call a difference systematic`, () => {
    const few = Array.from({ length: SYSTEMATIC_MIN - 1 }, (_, i) => at(`C${i + 4}`, '300', '310'));
    expect(groupFindings(few, []).map((g) => g.systematic)).toEqual([undefined]);
  });
});

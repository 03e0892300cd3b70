import { groupFindings } from '../../src/core/findings/groups';
import type { Finding, Severity } from '../../src/core/model/finding';
import { keyTarget } from '../../src/taskpane/list/keys';
import { flattenRows, severityKey, type ListRow } from '../../src/taskpane/list/rows';
import {
  OVERSCAN_PX,
  offsetsOf,
  rowAt,
  scrollToShow,
  windowOf,
} from '../../src/taskpane/list/windowing';

const finding = (
  rule: Finding['rule'],
  severity: Severity,
  cell: string,
  expected: string | null = null,
  actual: string | null = null,
): Finding => ({
  rule,
  severity,
  sheet: 'S',
  cell,
  related: [],
  expected,
  actual,
  unit: '元',
  message: `${rule} at ${cell}`,
});

/** Two total errors, 30 roster rows 300 → 310 (one systematic group), one info. */
function sample(): Finding[] {
  const roster = Array.from({ length: 30 }, (_, i) =>
    finding('per-capita-mismatch', 'error', `D${i + 4}`, '300', '310'),
  );
  return [
    finding('total-mismatch', 'error', 'B9', '10', '11'),
    finding('total-mismatch', 'error', 'C9', '20', '22'),
    ...roster,
    finding('unit-assumed', 'info', 'B2'),
  ];
}

const shape = (rows: readonly ListRow[]) =>
  rows.map((row) => `${row.level}:${row.position}/${row.setSize}:${row.key}`);

describe('the findings tree as rows', () => {
  const groups = groupFindings(sample(), ['S']);

  it('severity, then group, then finding; a systematic group starts closed', () => {
    expect(shape(flattenRows(groups, new Map()))).toEqual([
      '1:1/2:severity|error',
      '2:1/2:error|S|per-capita-mismatch|-10',
      '2:2/2:error|S|total-mismatch',
      '3:1/2:error|S|total-mismatch#0',
      '3:2/2:error|S|total-mismatch#1',
      '1:2/2:severity|info',
      '2:1/1:info|S|unit-assumed',
      '3:1/1:info|S|unit-assumed#0',
    ]);
  });

  it('opening the systematic group lists its 30 rows; closing a severity hides its groups', () => {
    const open = new Map([
      ['error|S|per-capita-mismatch|-10', true],
      [severityKey('info'), false],
    ]);
    const rows = flattenRows(groups, open);
    expect(rows).toHaveLength(1 + 1 + 30 + 1 + 2 + 1);
    expect(rows[2]).toMatchObject({ kind: 'finding', level: 3, position: 1, setSize: 30 });
    expect(rows.at(-1)).toMatchObject({ kind: 'severity', severity: 'info', expanded: false });
  });
});

describe('keys on the tree', () => {
  const rows = flattenRows(groupFindings(sample(), ['S']), new Map());

  it.each([
    ['ArrowDown', 0, { kind: 'move', index: 1 }],
    ['ArrowDown', 7, { kind: 'move', index: 7 }],
    ['ArrowUp', 0, { kind: 'move', index: 0 }],
    ['Home', 5, { kind: 'move', index: 0 }],
    ['End', 0, { kind: 'move', index: 7 }],
    ['PageDown', 0, { kind: 'move', index: 7 }],
    ['Enter', 3, { kind: 'activate' }],
    [' ', 1, { kind: 'activate' }],
    // Right on a closed group opens it; on an open one goes to its first child.
    ['ArrowRight', 1, { kind: 'toggle' }],
    ['ArrowRight', 2, { kind: 'move', index: 3 }],
    // Left on a finding goes to its group; on an open group closes it.
    ['ArrowLeft', 4, { kind: 'move', index: 2 }],
    ['ArrowLeft', 2, { kind: 'toggle' }],
    ['ArrowLeft', 1, { kind: 'move', index: 0 }],
    ['ArrowRight', 3, undefined],
    ['a', 3, undefined],
  ] as const)('%s on row %d', (key, active, target) => {
    expect(keyTarget(key, rows, active)).toEqual(target);
  });
});

describe('windowing rows of different heights', () => {
  // 20 000 rows of 50 px, every tenth 120 px (a wrapped message).
  const heights = (i: number) => (i % 10 === 0 ? 120 : 50);
  const offsets = offsetsOf(20_000, heights);

  it('offsets add the heights exactly', () => {
    expect(offsets[0]).toBe(0);
    expect(offsets[10]).toBe(120 + 9 * 50);
    expect(offsets[20_000]).toBe(2_000 * (120 + 9 * 50));
  });

  it('finds the row under a point and the rows a viewport shows', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 119)).toBe(0);
    expect(rowAt(offsets, 120)).toBe(1);
    expect(rowAt(offsets, offsets[20_000] + 5)).toBe(19_999);
    const top = offsets[10_000];
    const span = windowOf(offsets, top, 600);
    expect(offsets[span.first]).toBeLessThanOrEqual(top - OVERSCAN_PX);
    expect(offsets[span.end]).toBeGreaterThanOrEqual(top + 600 + OVERSCAN_PX);
    expect(span.end - span.first).toBeLessThan(40);
    expect(windowOf(offsets, offsets[20_000] - 600, 600).end).toBe(20_000);
    expect(windowOf(offsetsOf(0, heights), 0, 600)).toEqual({ first: 0, end: 0 });
  });

  it('scrolls a row into view by as little as it can', () => {
    expect(scrollToShow(offsets, 1, 0, 600)).toBeUndefined();
    expect(scrollToShow(offsets, 100, 0, 600)).toBe(offsets[101] - 600);
    expect(scrollToShow(offsets, 5, 1_000, 600)).toBe(offsets[5]);
  });
});

import { isMarkFill, restoreFill, snapshotOf } from '../../src/excel/fills';
import { fillOfSnapshot } from '../../src/xlsx/fill';

/** Records what restoreFill sets, as a RangeFill proxy would queue it. */
function recorder() {
  const set: Record<string, string> = {};
  const fill = {
    set color(value: string) {
      set.color = value;
    },
    set pattern(value: string) {
      set.pattern = value;
    },
    set patternColor(value: string) {
      set.patternColor = value;
    },
    clear: () => void (set.cleared = 'yes'),
  };
  return { fill: fill as unknown as Excel.RangeFill, set };
}

describe('fill snapshots shared with the xlsx adapter', () => {
  it('records none and solid fills in the common form', () => {
    expect(snapshotOf({ pattern: 'None', color: '#FFFFFF', patternColor: '#000000' })).toEqual({
      kind: 'none',
    });
    expect(snapshotOf({ pattern: 'Solid', color: '#c6efce', patternColor: null })).toEqual({
      kind: 'solid',
      color: 'C6EFCE',
    });
  });

  it('records a pattern as the ExcelJS fill the command line writes back', () => {
    const snapshot = snapshotOf({ pattern: 'Gray25', color: '#FFFF00', patternColor: '#0070C0' });
    expect(fillOfSnapshot(snapshot)).toEqual({
      type: 'pattern',
      pattern: 'lightGray',
      fgColor: { argb: 'FF0070C0' },
      bgColor: { argb: 'FFFFFF00' },
    });
    const { fill, set } = recorder();
    restoreFill(fill, snapshot);
    expect(set).toEqual({ color: '#FFFF00', pattern: 'Gray25', patternColor: '#0070C0' });
  });

  it('clears what office.js cannot set (a gradient, a theme colour) rather than keep our mark', () => {
    const gradient = {
      kind: 'other' as const,
      raw: JSON.stringify({ type: 'gradient', gradient: 'angle' }),
    };
    const themed = {
      kind: 'other' as const,
      raw: JSON.stringify({ type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } }),
    };
    for (const snapshot of [gradient, themed]) {
      const { fill, set } = recorder();
      restoreFill(fill, snapshot);
      expect(set).toEqual({ cleared: 'yes' });
    }
  });

  it('tells our highlight from a user fill', () => {
    expect(isMarkFill({ pattern: 'Solid', color: '#FFEB9C', patternColor: null })).toBe(true);
    expect(isMarkFill({ pattern: 'Solid', color: '#C6EFCE', patternColor: null })).toBe(false);
  });
});

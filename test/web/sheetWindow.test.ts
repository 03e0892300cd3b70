import type { Finding } from '../../src/core/model/finding';
import {
  BLOCK_ROWS,
  blocksOf,
  inRect,
  markedCells,
  rectOf,
  ROW_HEIGHT,
  visibleRows,
} from '../../src/web/sheetWindow';
import { languageOf, parseSettings } from '../../src/web/settings';
import { ruleWords } from '../../src/web/ruleWords';
import { RULE_NAMES } from '../../src/core/model/finding';

const finding = (cell: string, severity: Finding['severity']): Finding => ({
  rule: 'total-mismatch',
  severity,
  sheet: 'S',
  cell,
  related: [],
  expected: null,
  actual: null,
  unit: null,
  message: '',
});

describe('sheet view arithmetic', () => {
  it('shows only the rows in view, with a margin, on a 200 000-row sheet', () => {
    const rows = visibleRows(150_000 * ROW_HEIGHT, 420, 200_000);
    expect(rows.first).toBe(150_000 - 5);
    expect(rows.end).toBe(150_000 + Math.ceil(420 / ROW_HEIGHT) + 4);
    expect(visibleRows(200_000 * ROW_HEIGHT, 420, 200_000).end).toBe(200_000);
    expect(blocksOf(rows)).toEqual([(150_000 - BLOCK_ROWS) / BLOCK_ROWS, 150_000 / BLOCK_ROWS]);
    expect(blocksOf({ first: 95, end: 205 })).toEqual([0, 1, 2]);
    expect(blocksOf({ first: 5, end: 5 })).toEqual([]);
  });

  it('reads related ranges and keeps the most severe mark per cell', () => {
    const rect = rectOf('D6:D7')!;
    expect(rect).toEqual({ top: 5, left: 3, bottom: 6, right: 3 });
    expect(inRect(rect, 6, 3)).toBe(true);
    expect(inRect(rect, 7, 3)).toBe(false);
    expect(rectOf('not a cell')).toBeUndefined();
    const marks = markedCells(
      [finding('D5', 'info'), finding('D5', 'error'), finding('E2', 'warning')],
      'S',
    );
    expect([...marks]).toEqual([
      ['4:3', 'error'],
      ['1:4', 'warning'],
    ]);
  });
});

describe('web settings', () => {
  it('takes the browser’s language and keeps well-formed stored settings', () => {
    expect(languageOf(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageOf(['en-GB'])).toBe('en-US');
    expect(parseSettings(null, ['zh'])).toEqual({ strict: false, language: 'zh-CN' });
    expect(parseSettings('{"strict":true,"language":"en-US"}', ['zh'])).toEqual({
      strict: true,
      language: 'en-US',
    });
    expect(parseSettings('{"strict":"yes","language":"fr"}', ['en'])).toEqual({
      strict: false,
      language: 'en-US',
    });
    expect(parseSettings('not json', ['en'])).toEqual({ strict: false, language: 'en-US' });
  });

  it('has the shared words for every rule in both languages', () => {
    for (const rule of RULE_NAMES) {
      expect(ruleWords(rule, 'zh-CN')).not.toBe(rule);
      expect(ruleWords(rule, 'en-US')).not.toBe(rule);
    }
    expect(ruleWords('some-new-rule', 'en-US')).toBe('Other finding');
  });
});

import { defaultSettings, languageOf, parseSettings } from '../../src/taskpane/settings';
import { parseSelection } from '../../src/excel/navigate';

describe('pane settings remembered in the workbook', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
  ])('display language %s → %s', (display, language) => {
    expect(languageOf(display)).toBe(language);
  });

  it('reads back what was saved', () => {
    const saved = { strict: true, language: 'en-US', overrides: { 预算表: { budget: 'C4' } } };
    expect(parseSettings(saved, 'zh-CN')).toEqual(saved);
  });

  it('reads back one choice per table of a role', () => {
    const saved = {
      strict: false,
      language: 'zh-CN',
      overrides: { 收支总表: { actual: ['C2', 'G2'], budget: 'B2' } },
    };
    expect(parseSettings(saved, 'zh-CN')).toEqual(saved);
    const mixed = { ...saved, overrides: { 收支总表: { actual: ['C2', 7] } } };
    expect(parseSettings(mixed, 'zh-CN').overrides).toEqual({});
  });

  it('falls back field by field on anything malformed', () => {
    const broken = { strict: 'yes', language: 'fr-FR', overrides: { 预算表: { budget: 4 } } };
    expect(parseSettings(broken, 'zh-CN')).toEqual(defaultSettings('zh-CN'));
    expect(parseSettings(null, 'en-US')).toEqual(defaultSettings('en-US'));
  });
});

describe('selection address', () => {
  it.each([
    ['预算执行表!D4', { sheet: '预算执行表', cell: 'D4' }],
    ["'My sheet'!$B$2:C9", { sheet: 'My sheet', cell: 'B2' }],
    ["'It''s'!A1", { sheet: "It's", cell: 'A1' }],
  ])('%s', (address, expected) => {
    expect(parseSelection(address)).toEqual(expected);
  });
});

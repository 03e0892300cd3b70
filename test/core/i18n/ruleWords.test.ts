import { findingLine, ruleName, RULE_WORDS, type RuleId } from '../../../src/core/i18n/ruleWords';
import { RULE_NAMES, type Finding, type Language } from '../../../src/core/model/finding';
import { reconcile } from '../../../src/core/reconcile';
import { exampleGrid } from '../../excel-sim/exampleGrid';
import { plantedWorkbook } from '../../support/plantedWorkbook';
import { buildWorkbook } from '../../support/workbookSpec';
import { workbookGridOf } from '../../../src/xlsx/exceljsGrid';

const LANGUAGES: readonly Language[] = ['zh-CN', 'en-US'];

const finding = (rule: string, over: Partial<Finding> = {}): Finding =>
  ({
    rule,
    severity: 'error',
    sheet: 'S',
    cell: 'B2',
    related: [],
    expected: '1234567.5',
    actual: '1234567.6',
    unit: '元',
    message: '',
    ...over,
  }) as Finding;

describe('rule words', () => {
  it('name every rule of the contract and the five being added, in both languages', () => {
    const ids = Object.keys(RULE_WORDS).sort();
    expect(ids).toHaveLength(17);
    for (const rule of RULE_NAMES) expect(ids).toContain(rule);
    for (const id of ids as RuleId[]) {
      for (const language of LANGUAGES) {
        const name = ruleName(id, language);
        expect(name).not.toBe(id);
        expect(name).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
      }
    }
    expect(ruleName('total-mismatch', 'zh-CN')).toBe('合计不符');
    expect(ruleName('total-mismatch', 'en-US')).toBe('Total mismatch');
  });

  it('an invalid ID reads as the ID and its check digit, not as "应为 0，填报 …（）"', () => {
    const id = finding('invalid-id', { expected: '0', actual: '430204********0641', unit: null });
    expect(findingLine(id, 'zh-CN')).toBe('身份证号 430204********0641，校验位应为 0');
    expect(findingLine(id, 'en-US')).toBe('ID 430204********0641; its check digit should be 0');
  });

  it('money has thousands separators and a unit in the reader language', () => {
    const total = finding('total-mismatch', {
      expected: '1234567.50',
      actual: '1234567.60',
      unit: '万元',
    });
    expect(findingLine(total, 'zh-CN')).toBe('应为 1,234,567.50 万元，填报 1,234,567.60 万元');
    expect(findingLine(total, 'en-US')).toBe(
      'should be 1,234,567.50 10k yuan; stated 1,234,567.60 10k yuan',
    );
    const over = finding('over-budget', { expected: '50000.00', actual: '52000.00' });
    expect(findingLine(over, 'en-US')).toBe('budget 50,000.00 yuan; spent 52,000.00 yuan');
  });

  it('a head count shows no empty unit', () => {
    const heads = finding('headcount-mismatch', { expected: '99', actual: '100', unit: null });
    expect(findingLine(heads, 'zh-CN')).toBe('应为 99，填报 100');
  });

  it.each(LANGUAGES)(
    'no line of a real run (%s) shows a raw rule id or an empty unit',
    (language) => {
      const grid = {
        sheets: [
          ...workbookGridOf(buildWorkbook(plantedWorkbook().spec)).sheets,
          ...exampleGrid().sheets.map((s) => ({ ...s, name: '芦淞区预算执行表' })),
        ],
      };
      const { findings } = reconcile(grid, { language });
      expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(7);
      for (const f of findings) {
        const line = findingLine(f, language) ?? '';
        expect(line).not.toMatch(/（\s*）|\(\s*\)/);
        for (const id of Object.keys(RULE_WORDS))
          expect(`${ruleName(f.rule, language)} ${line}`).not.toContain(id);
        if (language === 'en-US') expect(line).not.toMatch(/[元人]/);
      }
    },
  );

  it.each(Object.keys(RULE_WORDS) as RuleId[])('%s: any line has no empty unit', (rule) => {
    for (const language of LANGUAGES) {
      for (const unit of [null, '元', '万元', '%']) {
        const line = findingLine(finding(rule, { unit }), language);
        if (line !== null) expect(line).not.toMatch(/（\s*）|\(\s*\)|undefined|null/);
      }
    }
  });
});

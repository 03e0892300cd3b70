import { RULE_NAMES } from '../../../src/core/model/finding';
import { RULES, validateRules } from '../../../src/core/rules';

describe('RULES', () => {
  it('holds exactly the rules of the findings contract, in name order', () => {
    expect(RULES.map((rule) => rule.meta.name)).toEqual([...RULE_NAMES]);
    expect(RULES).toHaveLength(RULE_NAMES.length);
  });

  it('passes the registry validation', () => {
    expect(() => validateRules(RULES)).not.toThrow();
  });

  it('gives every rule a message table in both languages with the same ids', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.meta.messages['en-US']).sort()).toEqual(
        Object.keys(rule.meta.messages['zh-CN']).sort(),
      );
    }
  });
});

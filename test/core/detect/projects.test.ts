import { mentionedKey, projectKey } from '../../../src/core/detect/projects';

describe('projectKey', () => {
  it.each([
    ['两节慰问专项资金'],
    ['两节慰问项目'],
    ['「两节慰问」'],
    ['两节慰问专项'],
    ['两节慰问资金'],
    [' 两节 慰问 '],
    ['（一）两节慰问'],
    ['“两节慰问”项目'],
  ])('%s links as 两节慰问', (name) => {
    expect(projectKey(name)).toBe('两节慰问');
  });

  it('folds full-width letters and digits', () => {
    expect(projectKey('ＡＢＣ２０２２项目')).toBe('abc2022');
  });

  it('keeps a name that is nothing but a suffix', () => {
    expect(projectKey('专项资金')).toBe('专项资金');
    expect(projectKey('项目')).toBe('项目');
  });

  it('keeps names that differ in substance apart', () => {
    expect(projectKey('两节慰问')).not.toBe(projectKey('夏送清凉'));
    expect(projectKey('项目支出')).toBe('项目支出');
  });
});

describe('mentionedKey', () => {
  it('finds the longest known name a title mentions', () => {
    expect(mentionedKey(['2022年两节慰问困难职工名单'], ['两节慰问', '慰问', '金秋助学'])).toBe(
      '两节慰问',
    );
    expect(mentionedKey(['花名册'], ['两节慰问'])).toBeUndefined();
  });
});

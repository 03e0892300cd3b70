import { labelKey } from './rows';

/** Words that name the kind of money rather than the project: 两节慰问专项资金 is 两节慰问. */
const SUFFIXES = ['专项资金', '专项', '项目', '资金'] as const;
const SUFFIX_WORDS: ReadonlySet<string> = new Set(SUFFIXES);

// Punctuation and symbols of any script: 「」《》“”、·—()… and their ASCII twins.
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * The key a project is linked by: half-width, lower case, no spaces, numbering or punctuation,
 * and without a trailing 项目 / 专项 / 资金 / 专项资金. So 两节慰问专项资金, 两节慰问项目 and
 * 「两节慰问」 all link to 两节慰问. A name made of suffix words only (专项资金) keeps them.
 */
export function projectKey(name: string): string {
  let key = labelKey(name).replace(PUNCTUATION, '');
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const suffix of SUFFIXES) {
      const rest = key.slice(0, -suffix.length);
      if (key.endsWith(suffix) && rest && !SUFFIX_WORDS.has(rest)) {
        key = rest;
        stripped = true;
        break;
      }
    }
  }
  return key;
}

/** A recipient group (慰问对象) as a key: no spaces or punctuation, half-width, lower case. */
export function groupKey(name: string): string {
  return labelKey(name).replace(PUNCTUATION, '');
}

/**
 * The known name a free text mentions, longest first: a roster titled
 * 「2022年两节慰问困难职工慰问金发放名单」 names the project 两节慰问 and the group 困难职工.
 */
export function mentionedKey(
  texts: readonly string[],
  known: Iterable<string>,
): string | undefined {
  const haystacks = texts.map(groupKey);
  let best: string | undefined;
  for (const key of known) {
    if (key.length < 2 || (best && best.length >= key.length)) continue;
    if (haystacks.some((text) => text.includes(key))) best = key;
  }
  return best;
}

/** A name as a message shows it, without the quotes it was typed in: 「金秋助学」 → 金秋助学. */
export function displayName(name: string): string {
  return (
    name
      .trim()
      .replace(/^[「『“"《【]+|[」』”"》】]+$/g, '')
      .trim() || name.trim()
  );
}

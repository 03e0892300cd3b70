import { labelKey } from '../detect/rows';

/**
 * A project name in the form disbursement lines and budget lines are matched in: normalised
 * (half-width, no spaces or punctuation) and without suffixes such as 项目 / 专项 / 资金.
 */
export function projectKey(name: string): string {
  const key = labelKey(name).replace(/[\p{P}\p{S}]/gu, '');
  const stripped = key.replace(/(项目|专项|资金|经费|支出)+$/u, '');
  return stripped || key;
}

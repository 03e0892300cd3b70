import type { DisbursementLine } from '../detect/disbursement';
import { displayName } from '../detect/projects';

/** How a message names an aggregate line: 两节慰问·困难职工. */
export function lineLabel(line: Pick<DisbursementLine, 'project' | 'group'>): string {
  return [displayName(line.project), line.group].filter(Boolean).join('·');
}

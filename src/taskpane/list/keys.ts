import { parentIndex, type ListRow } from './rows';

/** What a key does on the findings tree, as the ARIA tree pattern has it. */
export type KeyTarget =
  | { readonly kind: 'move'; readonly index: number }
  /** Enter / Space: open or close a group, or go to a finding's cell. */
  | { readonly kind: 'activate' }
  /** ArrowRight on a closed group opens it, ArrowLeft on an open one closes it. */
  | { readonly kind: 'toggle' };

/** Rows PageUp / PageDown move by. */
export const PAGE_ROWS = 10;

export function keyTarget(
  key: string,
  rows: readonly ListRow[],
  active: number,
): KeyTarget | undefined {
  const last = rows.length - 1;
  const row = rows[active];
  if (!row) return undefined;
  const move = (index: number): KeyTarget => ({
    kind: 'move',
    index: Math.max(0, Math.min(last, index)),
  });
  switch (key) {
    case 'ArrowDown':
      return move(active + 1);
    case 'ArrowUp':
      return move(active - 1);
    case 'PageDown':
      return move(active + PAGE_ROWS);
    case 'PageUp':
      return move(active - PAGE_ROWS);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    case 'ArrowRight':
      if (row.kind === 'finding') return undefined;
      return row.expanded ? move(active + 1) : { kind: 'toggle' };
    case 'ArrowLeft':
      if (row.kind !== 'finding' && row.expanded) return { kind: 'toggle' };
      return move(parentIndex(rows, active));
    default:
      return undefined;
  }
}

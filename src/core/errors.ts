/**
 * The workbook cannot be reconciled at all (no budget or disbursement sheet, not a workbook).
 * Front ends show its message as one line; the command line exits 2.
 */
export class CannotReconcileError extends Error {
  override readonly name = 'CannotReconcileError';
}

import { CannotReconcileError } from '../core/errors';

/**
 * Why a run failed, as a kind the pane can explain in the user's language with what to do
 * next. The raw text (a RichApi message, a stack) is never shown: only its code, for support.
 */
export type FailureKind =
  'cannot-reconcile' | 'protected' | 'editing' | 'too-large' | 'busy' | 'gone' | 'unknown';

export interface Failure {
  readonly kind: FailureKind;
  /** The expected outcome's own message (CannotReconcileError, ProtectedSheetError), in the user's language. */
  readonly reason?: string;
  /** office.js error code (`InvalidOperation`, …) or error name, for a support request. */
  readonly code?: string;
}

/** office.js error codes (OfficeExtension.ErrorCodes) and what they mean to the user. */
const BY_CODE: Readonly<Record<string, FailureKind>> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'editing',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  ActivityLimitReached: 'too-large',
  ServiceNotAvailable: 'busy',
  Conflict: 'busy',
  ItemNotFound: 'gone',
};

export function failureOf(error: unknown): Failure {
  const named = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  const message = typeof named?.message === 'string' ? named.message : '';
  if (error instanceof CannotReconcileError || named?.name === 'CannotReconcileError') {
    return { kind: 'cannot-reconcile', reason: message };
  }
  if (named?.name === 'ProtectedSheetError') {
    return { kind: 'protected', reason: message };
  }
  const code = typeof named?.code === 'string' ? named.code : undefined;
  const name = typeof named?.name === 'string' ? named.name : undefined;
  return { kind: (code && BY_CODE[code]) || 'unknown', code: code ?? name };
}

import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Messages } from '../i18n';
import type { RunState } from '../useReconciler';
import EmptyState from './EmptyState';

export interface StatusMessageProps {
  readonly messages: Messages;
  readonly state: RunState;
  readonly onOpenSheet: (sheet: string) => void;
}

const wrap = { overflowWrap: 'anywhere', whiteSpace: 'normal', minWidth: 0 } as const;

/** Where things stand: not run yet, cleared, failed (and what to do), or what a run wrote. */
export default function StatusMessage({ messages, state, onOpenSheet }: StatusMessageProps) {
  switch (state.status) {
    case 'idle':
      return <EmptyState title={messages.emptyTitle} body={messages.emptyBody} />;
    case 'cleared':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody style={wrap}>{messages.cleared}</MessageBarBody>
        </MessageBar>
      );
    case 'failed': {
      const { failure } = state;
      const text = messages.failures[failure.kind];
      const expected = failure.kind === 'cannot-reconcile' || failure.kind === 'protected';
      return (
        <MessageBar intent={expected ? 'warning' : 'error'} layout="multiline" role="alert">
          <MessageBarBody style={wrap}>
            <MessageBarTitle>{text.title}</MessageBarTitle>
            {failure.reason && (
              <p style={{ margin: 0 }}>
                {failure.kind === 'protected'
                  ? messages.protectedSheets(failure.reason)
                  : failure.reason}
              </p>
            )}
            <p style={{ margin: 0 }}>{text.next}</p>
            {failure.code && !expected && <Caption1>{messages.errorCode(failure.code)}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'done': {
      const { written, findings } = state.result;
      return (
        <MessageBar intent={findings.length === 0 ? 'success' : 'info'} layout="multiline">
          <MessageBarBody style={wrap}>
            {findings.length === 0 && <p style={{ margin: 0 }}>{messages.noFindings}</p>}
            {written && written.marked > 0 && (
              <p style={{ margin: 0 }}>{messages.written(written.marked, written.notes)}</p>
            )}
            {written?.summarySheet && (
              <Link as="button" onClick={() => onOpenSheet(written.summarySheet!)}>
                {messages.openSummary(written.summarySheet)}
              </Link>
            )}
            {written?.withoutNote && written.withoutNote.length > 0 && (
              <p style={{ margin: 0 }}>
                {messages.withoutNote(
                  written.withoutNote.map(({ sheet, cell }) => `${sheet}!${cell}`).join(', '),
                )}
              </p>
            )}
            {written && written.marked > 0 && <p style={{ margin: 0 }}>{messages.clearHint}</p>}
          </MessageBarBody>
        </MessageBar>
      );
    }
    default:
      return null;
  }
}

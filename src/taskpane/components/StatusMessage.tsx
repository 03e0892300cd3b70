import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Messages } from '../i18n';
import type { RunState } from '../useReconciler';
import EmptyState from './EmptyState';

export interface StatusMessageProps {
  readonly messages: Messages;
  readonly state: RunState;
}

/** The one line that says where things stand: not run yet, cleared, failed, or all fine. */
export default function StatusMessage({ messages, state }: StatusMessageProps) {
  switch (state.status) {
    case 'idle':
      return <EmptyState title={messages.emptyTitle} body={messages.emptyBody} />;
    case 'cleared':
      return (
        <MessageBar intent="success">
          <MessageBarBody>{messages.cleared}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent={state.expected ? 'warning' : 'error'} role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              {state.expected ? messages.cannotReconcile : messages.unexpectedError}
            </MessageBarTitle>
            {state.reason}
          </MessageBarBody>
        </MessageBar>
      );
    case 'done':
      return state.result.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{messages.noFindings}</MessageBarBody>
        </MessageBar>
      ) : null;
    default:
      return null;
  }
}

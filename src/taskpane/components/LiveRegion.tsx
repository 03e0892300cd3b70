import { countFindings } from '../../core/findings/report';
import type { Messages } from '../i18n';
import type { RunState } from '../useReconciler';

/** What a screen reader hears as a run goes: each step, then the result or the failure. */
function announcement(messages: Messages, state: RunState): string {
  switch (state.status) {
    case 'running':
      return state.phase === 'clearing' ? messages.clear : messages.phases[state.phase];
    case 'done':
      return state.result.findings.length === 0
        ? messages.noFindings
        : messages.summary(countFindings(state.result.findings));
    case 'cleared':
      return messages.cleared;
    case 'failed':
      return messages.failures[state.failure.kind].title;
    default:
      return '';
  }
}

const hidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export default function LiveRegion({ messages, state }: { messages: Messages; state: RunState }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" style={hidden} data-live="">
      {announcement(messages, state)}
    </div>
  );
}

import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n';
import type { RunState } from '../useReconciler';

export interface ReconcileBarProps {
  readonly messages: Messages;
  readonly state: RunState;
  readonly onReconcile: () => void;
  readonly onClear: () => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  progress: { marginTop: tokens.spacingVerticalS },
});

/** The primary action, Clear beside it, and the current step while a run is in progress. */
export default function ReconcileBar({ messages, state, onReconcile, onClear }: ReconcileBarProps) {
  const styles = useStyles();
  const running = state.status === 'running';
  return (
    <section aria-label={messages.reconcile}>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={onReconcile} disabled={running}>
          {messages.reconcile}
        </Button>
        <Button onClick={onClear} disabled={running}>
          {messages.clear}
        </Button>
      </div>
      {running && (
        <Field
          className={styles.progress}
          validationMessage={
            state.phase === 'clearing' ? messages.clear : messages.phases[state.phase]
          }
          validationState="none"
        >
          <ProgressBar aria-label={messages.reconcile} />
        </Field>
      )}
    </section>
  );
}

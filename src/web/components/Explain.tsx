import { makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n';

export interface ExplainProps {
  readonly messages: Messages;
  readonly text: string;
}

const useStyles = makeStyles({
  summary: {
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  text: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    maxHeight: '480px',
    overflowY: 'auto',
  },
});

/** How each sheet was read — tables, header rows, columns, totals — folded until asked for. */
export default function Explain({ messages, text }: ExplainProps) {
  const styles = useStyles();
  return (
    <details>
      <summary className={styles.summary} data-action="explain">
        {messages.explain}
      </summary>
      <pre className={styles.text} tabIndex={0} data-explain>
        {text}
      </pre>
    </details>
  );
}

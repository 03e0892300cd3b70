import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Messages } from '../i18n';

export interface NarrativeProps {
  readonly messages: Messages;
  readonly paragraphs: readonly string[];
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, margin: 0 },
  text: {
    margin: 0,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400 },
});

/** Copies through the Clipboard API; older or stricter setups fall back to a selection copy. */
async function copyText(text: string, from: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!from) return false;
    const range = document.createRange();
    range.selectNodeContents(from);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

/** The narrative to paste into the self-evaluation report, as the summary sheet words it. */
export default function Narrative({ messages, paragraphs }: NarrativeProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean>();
  let box: HTMLDivElement | null = null;
  return (
    <section className={styles.section} aria-labelledby="narrative-heading">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="narrative-heading">
          {messages.narrative}
        </Subtitle2>
        <Button
          data-action="copy"
          onClick={() => void copyText(paragraphs.join('\n'), box).then(setCopied)}
        >
          {messages.copy}
        </Button>
        <Caption1 role="status">
          {copied === undefined ? '' : copied ? messages.copied : messages.copyFailed}
        </Caption1>
      </div>
      <div
        className={styles.text}
        ref={(element) => {
          box = element;
        }}
        data-narrative
      >
        {paragraphs.map((paragraph, i) => (
          <Body1 as="p" key={i} className={styles.paragraph}>
            {paragraph}
          </Body1>
        ))}
      </div>
    </section>
  );
}

import { Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Messages } from '../i18n';

export interface FilePickerProps {
  readonly messages: Messages;
  readonly onFiles: (files: readonly File[]) => void;
}

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: { display: 'none' },
});

/** A button over the real `<input type="file">`, and a drop zone around both. */
export default function FilePicker({ messages, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.ms-excel"
        aria-label={messages.choose}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) runs again.
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Button appearance="primary" data-action="choose" onClick={() => input.current?.click()}>
        {messages.choose}
      </Button>
      <Body1>{messages.dropHint}</Body1>
    </div>
  );
}

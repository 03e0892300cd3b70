import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { findingLine } from '../../core/i18n/ruleWords';
import type { Finding, Language } from '../../core/model/finding';
import type { Messages } from '../i18n';

export interface FindingItemProps {
  readonly finding: Finding;
  readonly messages: Messages;
  readonly language: Language;
  readonly current: boolean;
  readonly onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: 'transparent',
    borderRadius: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorPaletteBlueBorderActive },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  where: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** One finding; activating it shows its cell in the sheet view. */
export default function FindingItem(props: FindingItemProps) {
  const { finding, messages, language, current, onSelect } = props;
  const styles = useStyles();
  const line = findingLine(finding, language);
  return (
    <li>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.item, styles[finding.severity], current && styles.current)}
        onClick={() => onSelect(finding)}
        aria-pressed={current}
        title={messages.showInSheet(finding.sheet, finding.cell)}
        data-rule={finding.rule}
        data-sheet={finding.sheet}
        data-cell={finding.cell}
        data-severity={finding.severity}
      >
        <Caption1 className={styles.where}>{`${finding.sheet}!${finding.cell}`}</Caption1>
        <Body1>{finding.message}</Body1>
        {line && <Caption1>{line}</Caption1>}
      </Button>
    </li>
  );
}

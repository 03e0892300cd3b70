import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { findingLine, ruleName } from '../../core/i18n/ruleWords';
import type { Finding, Language } from '../../core/model/finding';
import type { Messages } from '../i18n';

export interface FindingItemProps {
  readonly finding: Finding;
  readonly messages: Messages;
  readonly language: Language;
  readonly onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  item: {
    width: '100%',
    minWidth: 0,
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
    overflowWrap: 'anywhere',
    whiteSpace: 'normal',
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorPaletteBlueBorderActive },
  where: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** One finding; activating it selects the cell that states the figure. */
export default function FindingItem({ finding, messages, language, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const line = findingLine(finding, language);
  return (
    <li>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.item, styles[finding.severity])}
        onClick={() => onSelect(finding)}
        title={messages.goToCell(finding.sheet, finding.cell)}
        data-cell={`${finding.sheet}!${finding.cell}`}
        data-rule={finding.rule}
        data-nav=""
      >
        <Caption1 className={styles.where}>
          {finding.cell} · {ruleName(finding.rule, language)}
        </Caption1>
        <Body1>{finding.message}</Body1>
        {line && <Caption1 data-line="">{line}</Caption1>}
      </Button>
    </li>
  );
}

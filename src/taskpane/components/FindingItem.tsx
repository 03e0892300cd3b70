import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../core/model/finding';
import type { Messages } from '../i18n';

export interface FindingItemProps {
  readonly finding: Finding;
  readonly messages: Messages;
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
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorPaletteBlueBorderActive },
  where: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** One finding; activating it selects the cell that states the figure. */
export default function FindingItem({ finding, messages, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const { expected, actual, unit } = finding;
  return (
    <li>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.item, styles[finding.severity])}
        onClick={() => onSelect(finding)}
        title={messages.goToCell(finding.sheet, finding.cell)}
        data-cell={`${finding.sheet}!${finding.cell}`}
        data-rule={finding.rule}
      >
        <Caption1 className={styles.where}>
          {finding.cell} · {finding.rule}
        </Caption1>
        <Body1>{finding.message}</Body1>
        {expected !== null && actual !== null && (
          <Caption1>{messages.expectedActual(expected, actual, unit ?? '')}</Caption1>
        )}
      </Button>
    </li>
  );
}

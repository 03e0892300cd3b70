import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { findingLine, ruleName } from '../../core/i18n/ruleWords';
import type { Finding, Language } from '../../core/model/finding';

export interface FindingItemProps {
  readonly finding: Finding;
  readonly language: Language;
}

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    minWidth: 0,
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorPaletteBlueBorderActive },
  where: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** What one finding row shows: where, the rule in words, the message, expected / stated. */
export default function FindingItem({ finding, language }: FindingItemProps) {
  const styles = useStyles();
  const line = findingLine(finding, language);
  return (
    <div className={mergeClasses(styles.item, styles[finding.severity])}>
      <Caption1 className={styles.where}>
        {finding.cell} · {ruleName(finding.rule, language)}
      </Caption1>
      <Body1>{finding.message}</Body1>
      {line && <Caption1 data-line="">{line}</Caption1>}
    </div>
  );
}

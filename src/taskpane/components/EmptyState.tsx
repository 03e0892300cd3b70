import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

export interface EmptyStateProps {
  readonly title: string;
  readonly body: string;
}

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
});

export default function EmptyState({ title, body }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1>{body}</Body1>
    </div>
  );
}

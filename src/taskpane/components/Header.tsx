import { makeStyles, Title3, tokens } from '@fluentui/react-components';

export interface HeaderProps {
  readonly title: string;
}

const useStyles = makeStyles({
  header: {
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export default function Header({ title }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{title}</Title3>
    </header>
  );
}

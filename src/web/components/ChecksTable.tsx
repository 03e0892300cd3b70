import { Button, Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Messages } from '../i18n';
import type { CheckView } from '../protocol';

export interface ChecksTableProps {
  readonly messages: Messages;
  readonly checks: readonly CheckView[];
  readonly omitted: number;
  readonly onShow: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  wrap: { overflowX: 'auto', maxHeight: '480px', overflowY: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      paddingBlock: '2px',
      paddingInline: tokens.spacingHorizontalS,
    },
    '& th': {
      backgroundColor: tokens.colorNeutralBackground3,
      position: 'sticky',
      top: 0,
      textAlign: 'start',
    },
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  equal: { color: tokens.colorPaletteGreenForeground1 },
  rounding: { color: tokens.colorPaletteDarkOrangeForeground1 },
  mismatch: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Rows rendered before "show more": every differing check is listed, which can be many. */
const PAGE = 50;

/** The reconciliation table: every stated figure against its recomputation, linked to its cell. */
export default function ChecksTable({ messages, checks, omitted, onShow }: ChecksTableProps) {
  const styles = useStyles();
  const h = messages.checkHeader;
  const [shown, setShown] = useState(PAGE);
  if (!checks.length) return null;
  return (
    <section className={styles.section} aria-labelledby="checks-heading">
      <Subtitle2 as="h2" id="checks-heading" className={styles.heading}>
        {messages.checks}
      </Subtitle2>
      <div className={styles.wrap} tabIndex={0} role="region" aria-labelledby="checks-heading">
        <table className={styles.table}>
          <thead>
            <tr>
              {[h.item, h.unit, h.stated, h.recomputed, h.difference, h.status, h.where].map(
                (title) => (
                  <th key={title} scope="col">
                    {title}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {checks.slice(0, shown).map((check, i) => (
              <tr key={i} data-check={`${check.sheet}!${check.cell}`} data-status={check.status}>
                <td>{check.label}</td>
                <td>{check.unit}</td>
                <td className={styles.number}>{check.stated}</td>
                <td className={styles.number}>{check.recomputed}</td>
                <td className={styles.number}>{check.difference}</td>
                <td className={styles[check.status]}>{messages.status[check.status]}</td>
                <td>
                  <Link
                    as="button"
                    data-action="check-cell"
                    onClick={() => onShow(check.sheet, check.cell)}
                  >
                    {`${check.sheet}!${check.cell}`}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {checks.length > shown && (
        <div>
          <Button
            appearance="transparent"
            data-action="more-checks"
            onClick={() => setShown(shown + PAGE * 4)}
          >
            {messages.showMore(shown, checks.length)}
          </Button>
        </div>
      )}
      {omitted > 0 && <Caption1>{messages.checksOmitted(omitted)}</Caption1>}
    </section>
  );
}

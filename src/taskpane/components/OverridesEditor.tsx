import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { overrideCells, type RoleOverrides } from '../../core/detect/overrides';
import { roleLabel } from '../../core/i18n/labels';
import type { Language } from '../../core/model/finding';
import type { ColumnRole } from '../../core/model/roles';
import type { Messages } from '../i18n';

export interface OverridesEditorProps {
  readonly messages: Messages;
  readonly language: Language;
  readonly overrides: Readonly<Record<string, RoleOverrides>>;
  /** Text of each pinned header cell, by `sheet!cell`, where known. */
  readonly headerTexts: Readonly<Record<string, string>>;
  /** Set when the last cell picked does not look like a header. */
  readonly notAHeader: boolean;
  /** Asks the host for the selected cell and records it for the role. */
  readonly onUseSelection: (role: ColumnRole) => void;
  readonly onRemove: (sheet: string, role: ColumnRole, cell: string) => void;
}

/** The roles a user may pin, in the order an accountant reads a budget table. */
const ROLES: readonly ColumnRole[] = [
  'item',
  'category',
  'code',
  'budget',
  'actual',
  'headcount',
  'standard',
  'amount',
  'source',
  'name',
  'id',
];

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
});

export default function OverridesEditor(props: OverridesEditorProps) {
  const { messages, language, overrides, headerTexts, notAHeader, onUseSelection, onRemove } =
    props;
  const styles = useStyles();
  const [role, setRole] = useState<ColumnRole>('amount');
  const entries = Object.entries(overrides).flatMap(([sheet, roles]) =>
    overrideCells(roles).map(({ role: r, cell }) => ({ sheet, role: r, cell })),
  );
  return (
    <div>
      <Caption1 as="p">{messages.overridesHint}</Caption1>
      <div className={styles.row}>
        <Field label={messages.role}>
          <Select value={role} onChange={(_, data) => setRole(data.value as ColumnRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r, language)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => onUseSelection(role)}>{messages.useSelection}</Button>
      </div>
      {notAHeader && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{messages.notAHeader}</MessageBarBody>
        </MessageBar>
      )}
      {entries.length === 0 ? (
        <Body1 as="p">{messages.noOverrides}</Body1>
      ) : (
        <ul className={styles.list}>
          {entries.map(({ sheet, role: r, cell }) => {
            const text = headerTexts[`${sheet}!${cell}`];
            return (
              <li key={`${sheet}-${r}-${cell}`} className={styles.entry}>
                <Body1>
                  {roleLabel(r, language)}: {sheet}!{cell}
                  {text ? ` · ${messages.headerText(text)}` : ''}
                </Body1>
                <Button
                  appearance="subtle"
                  size="small"
                  aria-label={messages.removeOverride(roleLabel(r, language), sheet, cell)}
                  onClick={() => onRemove(sheet, r, cell)}
                >
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

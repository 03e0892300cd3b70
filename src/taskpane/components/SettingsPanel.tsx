import {
  Body1Strong,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import type { Language } from '../../core/model/finding';
import { withoutOverride } from '../../core/detect/overrides';
import type { ColumnRole } from '../../core/model/roles';
import type { PaneSettings } from '../host';
import type { Messages } from '../i18n';
import OverridesEditor from './OverridesEditor';

export interface SettingsPanelProps {
  readonly messages: Messages;
  readonly settings: PaneSettings;
  readonly onChange: (settings: PaneSettings) => void;
  readonly onUseSelection: (role: ColumnRole) => void;
  readonly headerTexts: Readonly<Record<string, string>>;
  readonly notAHeader: boolean;
}

/** Language names in their own language, so a user can always find theirs. */
const LANGUAGES: readonly { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文（简体）' },
  { value: 'en-US', label: 'English' },
];

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  subheading: { margin: 0 },
});

export default function SettingsPanel({
  messages,
  settings,
  onChange,
  onUseSelection,
  headerTexts,
  notAHeader,
}: SettingsPanelProps) {
  const styles = useStyles();
  const removeOverride = (sheet: string, role: ColumnRole, cell: string) => {
    const rest = withoutOverride(settings.overrides[sheet] ?? {}, role, cell);
    const overrides = { ...settings.overrides, [sheet]: rest };
    if (Object.keys(rest).length === 0) delete overrides[sheet];
    onChange({ ...settings, overrides });
  };
  return (
    <section className={styles.panel} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading">
        {messages.settings}
      </Subtitle2>
      <Field hint={messages.strictHint}>
        <Switch
          label={messages.strict}
          checked={settings.strict}
          onChange={(_, data) => onChange({ ...settings, strict: data.checked })}
        />
      </Field>
      <Field label={messages.language}>
        <Select
          value={settings.language}
          onChange={(_, data) => onChange({ ...settings, language: data.value as Language })}
        >
          {LANGUAGES.map(({ value, label }) => (
            <option key={value} value={value} lang={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <div role="group" aria-labelledby="overrides-heading">
        <Body1Strong as="h3" id="overrides-heading" className={styles.subheading}>
          {messages.overrides}
        </Body1Strong>
        <OverridesEditor
          messages={messages}
          language={settings.language}
          overrides={settings.overrides}
          onUseSelection={onUseSelection}
          onRemove={removeOverride}
          headerTexts={headerTexts}
          notAHeader={notAHeader}
        />
      </div>
    </section>
  );
}

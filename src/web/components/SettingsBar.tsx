import { Field, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/model/finding';
import type { Messages } from '../i18n';
import type { WebSettings } from '../settings';

export interface SettingsBarProps {
  readonly messages: Messages;
  readonly settings: WebSettings;
  readonly onChange: (settings: WebSettings) => void;
}

/** Language names in their own language, so a user can always find theirs. */
const LANGUAGES: readonly { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文（简体）' },
  { value: 'en-US', label: 'English' },
];

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalXL,
  },
});

export default function SettingsBar({ messages, settings, onChange }: SettingsBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={messages.settings}>
      <Field label={messages.language}>
        <Select
          data-action="language"
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
      <Field hint={messages.strictHint}>
        <Switch
          data-action="strict"
          label={messages.strict}
          checked={settings.strict}
          onChange={(_, data) => onChange({ ...settings, strict: data.checked })}
        />
      </Field>
    </div>
  );
}

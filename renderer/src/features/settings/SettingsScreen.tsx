import { useState } from 'react';
import { VENUE_IDS, type VenueId } from '@shared/engine';
import { useAppInfo, useSaveSettings, useSettings } from '../../api/queries';
import { isValidLocale, type AppSettings } from '../../api/settings';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { makeFormatters } from '../../ui/format';
import { Select } from '../../ui/Select';
import { RulesEditor } from './RulesEditor';
import { TierTables } from './TierTables';
import { VolatilityEditor } from './VolatilityEditor';

const LOCALES = [
  '',
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'zh-CN',
  'ru-RU',
  'tr-TR',
  'pt-BR',
  'en-IN',
];

/** The folder holding a file path (either separator). */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : path;
}

/** Theme, number format, default venue, warning rules and where the data lives. */
export function SettingsScreen() {
  const { settings } = useSettings();
  const save = useSaveSettings();
  const info = useAppInfo();
  const [localeText, setLocaleText] = useState(settings.locale);
  const localeError = isValidLocale(localeText.trim())
    ? undefined
    : `Intl does not know the locale "${localeText.trim()}"`;
  const sample = makeFormatters(localeError ? settings.locale : localeText.trim());
  const set = (patch: Partial<AppSettings>) => save.mutate(patch);

  return (
    <section aria-label="Settings">
      <div className="panel">
        <h2 className="screen-title">Settings</h2>
        <div className="settings-grid">
          <Field label="Theme">
            <Select
              name="theme"
              value={settings.theme}
              options={[
                { value: 'dark', label: 'Dark' },
                { value: 'light', label: 'Light' },
                { value: 'system', label: 'Follow the system' },
              ]}
              onValueChange={(theme) => set({ theme })}
            />
          </Field>
          <Field
            label="Number format (locale)"
            error={localeError}
            hint={`e.g. ${sample.price(126543.2, 0.1)} · ${sample.pct(-0.0437)}`}
          >
            <input
              name="locale"
              list="locale-list"
              value={localeText}
              placeholder="system default"
              onChange={(e) => {
                setLocaleText(e.target.value);
                if (isValidLocale(e.target.value.trim())) set({ locale: e.target.value.trim() });
              }}
            />
          </Field>
          <datalist id="locale-list">
            {LOCALES.filter(Boolean).map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <Field label="Default venue for new accounts">
            <Select
              name="defaultVenue"
              value={settings.defaultVenue}
              options={VENUE_IDS.map((v) => ({ value: v, label: v }))}
              onValueChange={(defaultVenue: VenueId) => set({ defaultVenue })}
            />
          </Field>
        </div>
        <ErrorMessage error={save.error} title="Not saved" />
      </div>
      <div className="panel">
        <h3>Data folder</h3>
        {info.data ? (
          <p>
            Your book lives in{' '}
            <code className="path" data-testid="data-folder">
              {folderOf(info.data.dbPath)}
            </code>{' '}
            (database <code className="path">{info.data.dbPath}</code>, schema v{info.data.schemaVersion}). Backups are
            written beside it. Set <code>CASCADE_DB</code> to use another file.
          </p>
        ) : (
          <ErrorMessage error={info.error} title="Cannot read the data folder" />
        )}
      </div>
      <VolatilityEditor table={settings.volatility} onSave={(volatility) => save.mutateAsync({ volatility })} />
      <RulesEditor rules={settings.rules} onSave={(rules) => save.mutateAsync({ rules })} />
      <TierTables />
    </section>
  );
}

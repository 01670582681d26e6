import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAlertSettings, useSetAlertSettings } from './queries';

/** Desktop notifications on/off and start at login (`alerts.settings`). The history is always kept. */
export function AlertSettingsPanel() {
  const settings = useAlertSettings();
  const set = useSetAlertSettings();
  const s = settings.data;
  return (
    <section className="panel alerts-settings" aria-labelledby="alerts-settings-title">
      <h2 id="alerts-settings-title" className="screen-title">
        Notifications
      </h2>
      {settings.isError && <ErrorMessage title="Cannot load the alert settings" error={settings.error} />}
      {set.isError && <ErrorMessage title="Cannot save the alert settings" error={set.error} />}
      <label className="check">
        <input
          type="checkbox"
          checked={s?.notifications ?? true}
          disabled={!s || set.isPending}
          onChange={(e) => set.mutate({ notifications: e.target.checked })}
        />{' '}
        Desktop notifications
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={s?.startAtLogin ?? false}
          disabled={!s || set.isPending}
          onChange={(e) => set.mutate({ startAtLogin: e.target.checked })}
        />{' '}
        Start Cascade at login (hidden, in the tray; macOS and Windows)
      </label>
      <p className="field-hint">
        Fired alerts are always written to the history, and keep being watched while the window is closed.
      </p>
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { useBook, useSettings } from '../api/queries';
import { resolveTheme } from '../api/settings';
import { useWarnings } from '../api/warnings';
import { FormatProvider } from '../ui/FormatContext';
import { ErrorMessage } from '../ui/ErrorMessage';
import { BookScreen } from '../features/book/BookScreen';
import { EntryScreen } from '../features/entry/EntryScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { FirstRun } from '../features/firstrun/FirstRun';
import { StressScreen } from '../features/stress/StressScreen';
import { ChartScreen } from '../features/chart/ChartScreen';
import { SizingScreen } from '../features/sizing/SizingScreen';
import { WarningsScreen } from '../features/warnings/WarningsScreen';
import { AlertsScreen } from '../features/alerts/AlertsScreen';
import { MainEvents } from '../live/MainEvents';
import { useUnacknowledgedAlertCount } from '../features/alerts/queries';
import { ErrorBoundary } from './ErrorBoundary';
import { Footer } from './Footer';
import { Tabs } from './Tabs';
import { NavigationContext, SCREEN_LABELS, SCREENS, type Navigation, type ScreenId } from './navigation';

const SCREEN_COMPONENTS: Record<ScreenId, () => React.JSX.Element> = {
  book: BookScreen,
  entry: EntryScreen,
  stress: StressScreen,
  chart: ChartScreen,
  sizing: SizingScreen,
  warnings: WarningsScreen,
  alerts: AlertsScreen,
  import: ImportScreen,
  settings: SettingsScreen,
};

/** Header with the screen tabs, the selected screen, the footer; the first-run offer on an empty book. */
export function Shell() {
  const { settings } = useSettings();
  const book = useBook();
  const [screen, setScreen] = useState<ScreenId>('book');
  const [target, setTarget] = useState<Navigation['target']>({});
  const [startedEmpty, setStartedEmpty] = useState(false);

  const { warnings } = useWarnings();
  const alarming = warnings.filter((w) => w.severity !== 'info').length;
  const unacknowledged = useUnacknowledgedAlertCount();

  useEffect(() => {
    document.documentElement.dataset.theme = resolveTheme(settings.theme);
  }, [settings.theme]);

  // Alt+1 … Alt+9 jump to a screen from anywhere (the tabs list them in this order).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const i = Number(e.key) - 1;
      if (Number.isInteger(i) && i >= 0 && i < SCREENS.length) {
        e.preventDefault();
        setScreen(SCREENS[i]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const nav = useMemo<Navigation>(
    () => ({
      screen,
      go: setScreen,
      target,
      editPosition: (t) => {
        setTarget({ ...t, kind: 'position' });
        setScreen('entry');
      },
      editAccount: (accountId) => {
        setTarget({ accountId, kind: 'account' });
        setScreen('entry');
      },
      showChart: (symbol) => {
        setTarget({ symbol });
        setScreen('chart');
      },
    }),
    [screen, target],
  );

  const isEmpty = book.data !== undefined && book.data.accounts.length === 0;
  const showFirstRun = isEmpty && !startedEmpty;
  const Screen = SCREEN_COMPONENTS[screen];

  return (
    <FormatProvider locale={settings.locale}>
      <NavigationContext.Provider value={nav}>
        <MainEvents />
        <div className="app-shell">
          <header className="app-header">
            <h1>Cascade</h1>
            {!showFirstRun && (
              <Tabs screen={screen} onSelect={setScreen} badges={{ warnings: alarming, alerts: unacknowledged }} />
            )}
          </header>
          {showFirstRun ? (
            <main className="app-main" aria-label="Welcome">
              <FirstRun
                onStartEmpty={() => {
                  setStartedEmpty(true);
                  nav.editAccount();
                }}
                onLoaded={() => setScreen('book')}
              />
            </main>
          ) : (
            <main className="app-main" aria-label={SCREEN_LABELS[screen]}>
              <div className="tab-panel" role="tabpanel" id={`panel-${screen}`} aria-labelledby={`tab-${screen}`}>
                {book.isError && <ErrorMessage title="Cannot load the book" error={book.error} />}
                <ErrorBoundary resetKey={screen}>
                  <Screen />
                </ErrorBoundary>
              </div>
            </main>
          )}
          <Footer />
        </div>
      </NavigationContext.Provider>
    </FormatProvider>
  );
}

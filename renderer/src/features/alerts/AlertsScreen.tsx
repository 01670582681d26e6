import { useNavigation } from '../../app/navigation';
import { AlertSettingsPanel } from './AlertSettingsPanel';
import { FeedPanel } from './FeedPanel';
import { HistoryPanel } from './HistoryPanel';
import { useLive } from '../../live/live';
import { RulesPanel } from './RulesPanel';
import './alerts.css';

/** Alerts: rules, the fired-alert history, notification settings and the live price feed. */
export function AlertsScreen() {
  const nav = useNavigation();
  const live = useLive();
  const show = (positionId: string) => {
    live.requestFocus(positionId);
    nav.go('book');
  };
  return (
    <div className="alerts-screen">
      <div className="alerts-column">
        <RulesPanel />
        <AlertSettingsPanel />
        <FeedPanel />
      </div>
      <HistoryPanel onShowPosition={show} />
    </div>
  );
}

import type { Database } from 'better-sqlite3';
import type { AlertEvent } from '@shared/alerts/schema';
import { withTierOverrides } from '@shared/book/tierOverrides';
import { loadBook } from '../db/repo/book';
import { loadTierOverrides } from '../db/repo/tierOverrides';
import { evaluateAlerts } from './evaluate';
import { observe, type LiveMark } from './observe';
import { listRules, readAlertSettings, recordFired, restoreState } from '../db/repo/alerts';
import type { AlertState } from '@shared/alerts/state';
import type { Observations, PositionObservation } from './types';
import { readSizingRules } from '../db/repo/sizingRules';
import { sizingWarnings } from './warnings';

/** The position closest to liquidation, for the tray. */
export interface WorstPosition {
  positionId: string;
  symbol: string;
  accountName: string;
  distancePct: number;
  stale: boolean;
}

export interface AlertMonitorOptions {
  db: Database;
  now?: () => number;
  /** Shows fired alerts (desktop notifications); only called when notifications are on. */
  notify?: (events: AlertEvent[]) => void;
  /** Told after every evaluation (tray tooltip). */
  onEvaluated?: (worst: WorstPosition | null, obs: Observations) => void;
  log?: (message: string) => void;
  /** Include sizing warnings (shared/warnings) for `warning-severity` rules; default true. */
  sizingWarnings?: boolean;
}

/**
 * Evaluates the alert rules in main: on every (coalesced) price change and after every edit.
 * Keeps the hysteresis/cooldown state in memory, writes fired alerts to the history in one
 * transaction, then hands them to the notifier. Never throws to its caller: a failing
 * evaluation is logged and the next one starts from the same state.
 */
export class AlertMonitor {
  private state: AlertState = {};
  private readonly live = new Map<string, LiveMark>();
  private stale = new Set<string>();
  private readonly now: () => number;
  private lastWorst: WorstPosition | null = null;

  constructor(private readonly opts: AlertMonitorOptions) {
    this.now = opts.now ?? Date.now;
    try {
      this.state = restoreState(opts.db);
    } catch (error) {
      opts.log?.(
        `alerts: could not restore state from the history: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Records live marks (by book symbol). */
  setLive(marks: Iterable<{ symbol: string; mark: number; at: number }>): void {
    for (const m of marks) this.live.set(m.symbol, { mark: m.mark, at: m.at });
  }

  /** Forgets live marks (feed switched off): stored marks apply again. */
  clearLive(): void {
    this.live.clear();
    this.stale = new Set();
  }

  /** Symbols whose feed price is stale. */
  setStale(symbols: Iterable<string>): void {
    this.stale = new Set(symbols);
  }

  /** The position closest to liquidation at the last evaluation. */
  get worst(): WorstPosition | null {
    return this.lastWorst;
  }

  /** Evaluates every rule now; returns the alerts that fired (already in the history). */
  evaluate(): AlertEvent[] {
    const { db, log = () => {} } = this.opts;
    try {
      // Assessed as the risk view does: with the user's tier overrides.
      const book = withTierOverrides(loadBook(db), loadTierOverrides(db));
      const rules = listRules(db);
      const wantWarnings =
        this.opts.sizingWarnings !== false && rules.some((r) => r.enabled && r.kind === 'warning-severity');
      const sizingRules = wantWarnings ? readSizingRules(db) : [];
      const now = this.now();
      const obs = observe({
        book,
        live: this.live,
        stale: this.stale,
        warningsOf: wantWarnings ? (b) => sizingWarnings(b, sizingRules, new Date(now)) : undefined,
        log,
      });
      const { fired, nextState } = evaluateAlerts(rules, this.state, obs, now);
      this.state = nextState;
      this.lastWorst = worstOf(obs.positions);
      const events = fired.length > 0 ? recordFired(db, fired) : [];
      this.opts.onEvaluated?.(this.lastWorst, obs);
      if (events.length > 0 && readAlertSettings(db).notifications) this.opts.notify?.(events);
      return events;
    } catch (error) {
      log(`alerts: evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }
}

function worstOf(positions: readonly PositionObservation[]): WorstPosition | null {
  let worst: WorstPosition | null = null;
  for (const p of positions) {
    if (p.distancePct === null) continue;
    if (!worst || p.distancePct < worst.distancePct) {
      worst = {
        positionId: p.id,
        symbol: p.symbol,
        accountName: p.accountName,
        distancePct: p.distancePct,
        stale: p.stale,
      };
    }
  }
  return worst;
}

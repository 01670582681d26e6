import type { Database } from 'better-sqlite3';
import { ALERT_SETTINGS_KEY, alertSettingsSchema, type AlertSettings } from '@shared/settings/alerts';
import { alertRuleInputSchema, type AlertEvent, type AlertRule } from '@shared/alerts/schema';
import { CascadeUserError } from '@shared/errors';
import { stmt } from '../statements';
import type { AlertState, FiredAlert, RuleSubjectState } from '@shared/alerts/state';

/**
 * Alert rules and history over the storage engineer's `alert_rules` / `alert_history` tables
 * (migration 1; `acknowledged_at` from migration 2). Ids are INTEGER keys, decimal strings
 * over IPC. The rule itself is kept as JSON in `payload`; `account_id` / `position_id` are
 * foreign keys so deleting an account or position deletes its rules.
 */

const intId = (id: string, what: string): number => {
  if (!/^[1-9][0-9]{0,15}$/.test(id))
    throw new CascadeUserError(`${what} "${id}" is not a valid id`, { code: 'invalid-request' });
  return Number(id);
};

interface RuleRow {
  id: number;
  payload: string;
  enabled: number;
}

/** Every stored rule, oldest first. A row that no longer parses (older build) is skipped. */
export function listRules(db: Database): AlertRule[] {
  const out: AlertRule[] = [];
  for (const row of stmt(db, 'SELECT id, payload, enabled FROM alert_rules ORDER BY id').all() as RuleRow[]) {
    const parsed = alertRuleInputSchema.safeParse({ ...JSON.parse(row.payload), enabled: row.enabled === 1 });
    if (parsed.success) out.push({ ...parsed.data, id: String(row.id) } as AlertRule);
  }
  return out;
}

function exists(db: Database, table: 'accounts' | 'positions', id: number): boolean {
  return stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Creates (no id) or replaces one rule, in one transaction; returns it as stored. */
export function upsertRule(
  db: Database,
  input: AlertRule | (Omit<AlertRule, 'id'> & { id?: string }),
  now: string,
): AlertRule {
  return db.transaction((): AlertRule => {
    const { id, ...rule } = input;
    const accountId = 'accountId' in rule && rule.accountId ? intId(rule.accountId, 'accountId') : null;
    const positionId = 'positionId' in rule && rule.positionId ? intId(rule.positionId, 'positionId') : null;
    if (accountId !== null && !exists(db, 'accounts', accountId)) {
      throw new CascadeUserError(`account ${accountId} does not exist`, {
        code: 'not-found',
        issues: [{ path: 'rule.accountId', message: 'no such account' }],
      });
    }
    if (positionId !== null && !exists(db, 'positions', positionId)) {
      throw new CascadeUserError(`position ${positionId} does not exist`, {
        code: 'not-found',
        issues: [{ path: 'rule.positionId', message: 'no such position' }],
      });
    }
    const { enabled, ...payload } = rule;
    const json = JSON.stringify(payload);
    if (id === undefined) {
      const info = stmt(
        db,
        'INSERT INTO alert_rules (account_id, position_id, kind, payload, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(accountId, positionId, rule.kind, json, enabled ? 1 : 0, now, now);
      return { ...rule, id: String(info.lastInsertRowid) } as AlertRule;
    }
    const key = intId(id, 'id');
    const info = stmt(
      db,
      'UPDATE alert_rules SET account_id = ?, position_id = ?, kind = ?, payload = ?, enabled = ?, updated_at = ? WHERE id = ?',
    ).run(accountId, positionId, rule.kind, json, enabled ? 1 : 0, now, key);
    if (info.changes === 0) throw new CascadeUserError(`alert rule ${id} does not exist`, { code: 'not-found' });
    return { ...rule, id } as AlertRule;
  })();
}

/** Deletes one rule; its history stays (rule_id becomes null). */
export function removeRule(db: Database, id: string): boolean {
  return stmt(db, 'DELETE FROM alert_rules WHERE id = ?').run(intId(id, 'id')).changes > 0;
}

interface HistoryRow {
  id: number;
  rule_id: number | null;
  at: string;
  message: string;
  payload: string | null;
  acknowledged_at: string | null;
}

function toEvent(row: HistoryRow): AlertEvent {
  const p = row.payload ? (JSON.parse(row.payload) as Partial<AlertEvent>) : {};
  return {
    id: String(row.id),
    ruleId: p.ruleId ?? (row.rule_id === null ? '' : String(row.rule_id)),
    kind: p.kind ?? 'distance-below',
    subject: p.subject ?? '',
    positionId: p.positionId ?? null,
    accountId: p.accountId ?? null,
    symbol: p.symbol ?? null,
    value: p.value ?? null,
    threshold: p.threshold ?? 0,
    stale: p.stale ?? false,
    title: p.title ?? row.message,
    body: row.message,
    firedAt: row.at,
    acknowledgedAt: row.acknowledged_at,
  };
}

/** Appends fired alerts to the history in one transaction; returns them as stored. */
export function recordFired(db: Database, fired: readonly FiredAlert[]): AlertEvent[] {
  return db.transaction(() =>
    fired.map((f) => {
      const at = new Date(f.at).toISOString();
      const ruleKey = /^[1-9][0-9]*$/.test(f.ruleId) ? Number(f.ruleId) : null;
      const payload = {
        stateKey: f.stateKey,
        ruleId: f.ruleId,
        kind: f.kind,
        subject: f.subject,
        positionId: f.positionId,
        accountId: f.accountId,
        symbol: f.symbol,
        value: f.value,
        threshold: f.threshold,
        stale: f.stale,
        title: f.title,
      };
      const info = stmt(
        db,
        'INSERT INTO alert_history (rule_id, at, message, payload) VALUES ((SELECT id FROM alert_rules WHERE id = ?), ?, ?, ?)',
      ).run(ruleKey, at, f.body, JSON.stringify(payload));
      return toEvent({
        id: Number(info.lastInsertRowid),
        rule_id: ruleKey,
        at,
        message: f.body,
        payload: JSON.stringify(payload),
        acknowledged_at: null,
      });
    }),
  )();
}

/**
 * Alert state as the history leaves it: the latest alert of each rule-and-subject counts as
 * fired (disarmed, cooldown from its time). A restart therefore does not repeat alerts for
 * conditions that are still true; they fire again after recovering, as if main had kept running.
 */
export function restoreState(db: Database): AlertState {
  const state: Record<string, RuleSubjectState> = {};
  const rows = stmt(
    db,
    "SELECT at, json_extract(payload, '$.stateKey') AS stateKey FROM alert_history WHERE rule_id IS NOT NULL ORDER BY id",
  ).all() as {
    at: string;
    stateKey: string | null;
  }[];
  for (const row of rows) {
    if (typeof row.stateKey !== 'string') continue;
    const at = Date.parse(row.at);
    if (Number.isFinite(at)) state[row.stateKey] = { armed: false, lastFiredAt: at };
  }
  return state;
}

/** The history, newest first. */
export function listHistory(db: Database, limit: number, unacknowledgedOnly: boolean): AlertEvent[] {
  const sql = unacknowledgedOnly
    ? 'SELECT id, rule_id, at, message, payload, acknowledged_at FROM alert_history WHERE acknowledged_at IS NULL ORDER BY id DESC LIMIT ?'
    : 'SELECT id, rule_id, at, message, payload, acknowledged_at FROM alert_history ORDER BY id DESC LIMIT ?';
  return (stmt(db, sql).all(limit) as HistoryRow[]).map(toEvent);
}

/** Marks events acknowledged (all unacknowledged ones when `ids` is absent); returns how many changed. */
export function acknowledge(db: Database, ids: readonly string[] | undefined, now: string): number {
  if (ids === undefined)
    return stmt(db, 'UPDATE alert_history SET acknowledged_at = ? WHERE acknowledged_at IS NULL').run(now).changes;
  const keys = ids.map((id) => intId(id, 'id'));
  return db.transaction(() =>
    keys.reduce(
      (n, key) =>
        n +
        stmt(db, 'UPDATE alert_history SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL').run(now, key)
          .changes,
      0,
    ),
  )();
}

/** Deletes the history (only acknowledged events when asked); returns how many went. */
export function clearHistory(db: Database, acknowledgedOnly: boolean): number {
  const sql = acknowledgedOnly
    ? 'DELETE FROM alert_history WHERE acknowledged_at IS NOT NULL'
    : 'DELETE FROM alert_history';
  return stmt(db, sql).run().changes;
}

/** Alert settings from the settings table (defaults when unset or unreadable). */
export function readAlertSettings(db: Database): AlertSettings {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(ALERT_SETTINGS_KEY) as
    | { value: string }
    | undefined;
  const parsed = alertSettingsSchema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : alertSettingsSchema.parse({});
}

/** Merges a partial update into the alert settings; returns the result. */
export function writeAlertSettings(db: Database, patch: Partial<AlertSettings>): AlertSettings {
  return db.transaction(() => {
    const next = alertSettingsSchema.parse({ ...readAlertSettings(db), ...patch });
    stmt(
      db,
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(ALERT_SETTINGS_KEY, JSON.stringify(next));
    return next;
  })();
}

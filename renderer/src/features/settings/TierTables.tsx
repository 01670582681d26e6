import { useState } from 'react';
import {
  parseTierAnswer,
  tierTableSummaries,
  VENUE_IDS,
  type MaintenanceTier,
  type ParsedTierAnswer,
  type VenueId,
} from '@shared/engine';
import { useRemoveTierOverride, useSetTierOverride, useTierOverrides } from '../../api/queries';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useFormat } from '../../ui/FormatContext';
import { Select } from '../../ui/Select';

const DAY_MS = 86_400_000;

/** Days since a YYYY-MM-DD date. */
function ageDays(date: string, now = Date.now()): number {
  return Math.floor((now - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
}

/** A source URL shortened for a table cell: host and last path segment (the full URL is the title). */
function shortSource(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
    return last ? `${u.hostname} … ${last}` : u.hostname;
  } catch {
    return url;
  }
}

/** An upper bound for a cell: whole numbers without decimals, ∞ for no bound. */
function bound(f: ReturnType<typeof useFormat>, v: number): string {
  return Number.isFinite(v) ? f.num(v, Number.isInteger(v) ? 0 : 2) : '∞';
}

/** The shipped tables (notional- and contract-keyed), one row each, in venue order. */
function shippedRows() {
  return tierTableSummaries()
    .map((t) => ({
      ...t,
      key: `${t.venue}|${t.symbol}`,
      keyedBy:
        t.keyedBy === 'contracts'
          ? `contracts of ${t.contractValue}`
          : t.contract === 'inverse'
            ? 'notional (coin)'
            : 'notional (quote)',
    }))
    .sort((a, b) => VENUE_IDS.indexOf(a.venue) - VENUE_IDS.indexOf(b.venue));
}

/** A tier list as a small table (preview before saving). */
function TierRows({ tiers, label }: { tiers: readonly MaintenanceTier[]; label: string }) {
  const f = useFormat();
  return (
    <table className="simple" aria-label={label}>
      <thead>
        <tr>
          <th>From</th>
          <th>To</th>
          <th>Maint. rate</th>
          <th>Maint. amount</th>
          <th>Max lev.</th>
        </tr>
      </thead>
      <tbody>
        {tiers.map((t, i) => (
          <tr key={i}>
            <td>{bound(f, t.minNotional)}</td>
            <td>{bound(f, t.maxNotional)}</td>
            <td>{f.pct(t.mmr)}</td>
            <td>{f.num(t.maintenanceAmount)}</td>
            <td>{t.maxLeverage === undefined ? '—' : `${t.maxLeverage}×`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Maintenance tiers: the tables Cascade ships (with source and date, so a stale one is visible),
 * the user's overrides per venue + symbol, and a form that takes the exchange's own tier answer
 * pasted as JSON (Binance leverageBracket, Bybit risk-limit, Gate risk_limit_tiers, Hyperliquid
 * meta) or a Cascade tier list. Overrides apply wherever the book is assessed.
 */
export function TierTables() {
  const f = useFormat();
  const overrides = useTierOverrides();
  const setOverride = useSetTierOverride();
  const removeOverride = useRemoveTierOverride();
  const [venue, setVenue] = useState<VenueId>('binance-usdm');
  const [symbol, setSymbol] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [parsed, setParsed] = useState<ParsedTierAnswer | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{
    venue: VenueId;
    symbol: string;
    tiers: MaintenanceTier[];
    source: string | null;
  } | null>(null);
  const symbolError = symbol.trim() || !parsed ? undefined : 'expected the symbol the override is for, e.g. SOLUSDT';

  const preview = () => {
    setStatus(null);
    try {
      const r = parseTierAnswer(text, { venue, symbol: symbol.trim() || undefined });
      setParsed(r);
      setParseError(null);
      if (!symbol.trim() && r.symbol) setSymbol(r.symbol);
    } catch (error) {
      setParsed(null);
      setParseError(error instanceof Error ? error.message : String(error));
    }
  };

  const save = async () => {
    if (!parsed || !symbol.trim()) return;
    const row = await setOverride.mutateAsync({
      venue,
      symbol: symbol.trim(),
      tiers: parsed.tiers,
      source: source.trim() || `pasted ${parsed.format} answer`,
    });
    setStatus(`Override saved for ${row.venue} ${row.symbol}: positions without their own tiers or rate now use it.`);
    setParsed(null);
    setText('');
  };

  return (
    <section className="panel" aria-label="Maintenance tiers">
      <h3>Maintenance tiers</h3>
      <table className="simple" aria-label="Shipped tier tables">
        <thead>
          <tr>
            <th>Venue</th>
            <th>Symbol</th>
            <th>Tiers by</th>
            <th>Tiers</th>
            <th>Up to</th>
            <th>Dated</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {shippedRows().map((r) => (
            <tr key={r.key}>
              <td>{r.venue}</td>
              <td>{r.symbol}</td>
              <td>{r.keyedBy}</td>
              <td>{r.tiers}</td>
              <td>{bound(f, r.upTo)}</td>
              <td className="nowrap" title={`${ageDays(r.retrieved)} days old`}>
                {r.retrieved}
              </td>
              <td title={r.source}>
                <code className="path">{shortSource(r.source)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>Your overrides</h4>
      <ErrorMessage error={overrides.error} title="Cannot read the overrides" />
      {overrides.rows.length === 0 ? (
        <p className="placeholder">
          No overrides. Symbols without a shipped table need one (or a rate on each position).
        </p>
      ) : (
        <table className="simple" aria-label="Tier overrides">
          <thead>
            <tr>
              <th>Venue</th>
              <th>Symbol</th>
              <th>Tiers</th>
              <th>Source</th>
              <th>Saved</th>
              <th>
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overrides.rows.map((o) => (
              <tr key={`${o.venue}|${o.symbol}`}>
                <td>{o.venue}</td>
                <td>{o.symbol}</td>
                <td>{o.tiers.length}</td>
                <td>{o.source ?? '—'}</td>
                <td className="nowrap">{o.updatedAt.slice(0, 10)}</td>
                <td>
                  <Button
                    variant="quiet"
                    aria-label={`Remove the override for ${o.venue} ${o.symbol}`}
                    onClick={async () => {
                      const row = await removeOverride.mutateAsync({ venue: o.venue, symbol: o.symbol });
                      setRemoved({ venue: row.venue, symbol: row.symbol, tiers: row.tiers, source: row.source });
                      setStatus(`Removed the override for ${row.venue} ${row.symbol}.`);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorMessage error={removeOverride.error} title="Not removed" />

      <form
        aria-label="Add a tier override"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h4>Add or replace an override</h4>
        <div className="settings-grid">
          <Field label="Venue">
            <Select
              name="overrideVenue"
              value={venue}
              options={VENUE_IDS.map((v) => ({ value: v, label: v }))}
              onValueChange={(v: VenueId) => setVenue(v)}
            />
          </Field>
          <Field
            label="Symbol"
            error={symbolError}
            hint="as the exchange writes it; BTC/USDT:USDT and BTCUSDT are one symbol"
          >
            <input
              name="overrideSymbol"
              value={symbol}
              onChange={(e) => setSymbol(e.target.value)}
              placeholder="e.g. SOLUSDT"
            />
          </Field>
          <Field label="Source (optional)" hint="where the numbers come from">
            <input
              name="overrideSource"
              value={source}
              onChange={(e) => setSource(e.target.value)}
              placeholder="e.g. GET /fapi/v1/leverageBracket, 2026-11-27"
            />
          </Field>
        </div>
        <Field
          label={
            <>
              Paste the exchange’s tier answer as JSON — Binance <code>leverageBracket</code>, Bybit{' '}
              <code>/v5/market/risk-limit</code>, Gate <code>risk_limit_tiers</code>, Hyperliquid <code>meta</code> — or
              a Cascade tier list
            </>
          }
          error={parseError ?? undefined}
        >
          <textarea
            name="overrideAnswer"
            rows={6}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setParsed(null);
            }}
          />
        </Field>
        {parsed && <TierRows tiers={parsed.tiers} label="Tiers to save" />}
        <div className="form-actions">
          <Button onClick={preview} disabled={!text.trim()}>
            Read tiers
          </Button>
          <Button type="submit" variant="primary" disabled={!parsed || !symbol.trim() || setOverride.isPending}>
            Save override
          </Button>
          {status && <span role="status">{status}</span>}
          {removed && (
            <Button
              variant="quiet"
              onClick={async () => {
                await setOverride.mutateAsync(removed);
                setStatus(`Restored the override for ${removed.venue} ${removed.symbol}.`);
                setRemoved(null);
              }}
            >
              Undo remove
            </Button>
          )}
        </div>
        <ErrorMessage error={setOverride.error} title="Not saved" />
      </form>
    </section>
  );
}

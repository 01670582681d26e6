/**
 * The venues' public ADL risk level, read from their documented answers (pure parsing: the
 * requests themselves go through the main process's public REST client).
 *
 * - Binance `GET /fapi/v1/symbolAdlRisk`: `{ symbol, adlRisk: "low" | "medium" | "high",
 *   updateTime }`, or an array of them without `symbol`; "updated every 30 minutes".
 * - Bybit `GET /v5/market/adlAlert`: per symbol `balance`, `maxBalance`, `insurancePnlRatio`,
 *   `pnlRatio`, `adlTriggerThreshold`, `adlStopRatio` (strings). ADL is triggered when balance >
 *   adlTriggerThreshold and pnlRatio < insurancePnlRatio, or when balance ≤ 0; it stops when
 *   pnlRatio > adlStopRatio. Cascade reads: "triggered" when a trigger condition holds, "high"
 *   when pnlRatio is at or below the stop ratio (inside the band where ADL runs once triggered),
 *   "low" otherwise. The page's example writes the time as `updatedTime`, its table as
 *   `updateTime`: both are read.
 */
import { BINANCE_ADL_RISK, BYBIT_ADL_ALERT } from './sources';

/** One symbol's public ADL level on a venue. */
export interface AdlLevel {
  venue: 'binance-usdm' | 'bybit';
  /** The venue's symbol, e.g. `BTCUSDT`. */
  symbol: string;
  level: 'low' | 'medium' | 'high' | 'triggered';
  /** The level in the venue's terms, one sentence. */
  text: string;
  /** When the venue computed it (ms since epoch), when it says. */
  updatedAt: number | null;
  source: string;
}

/** A venue answer that is not what its documentation shows. */
export class AdlAnswerError extends Error {
  override name = 'AdlAnswerError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function finite(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Binance `GET /fapi/v1/symbolAdlRisk` (one object, or an array when no symbol was asked). */
export function parseBinanceAdlRisk(answer: unknown): AdlLevel[] {
  const rows = Array.isArray(answer) ? answer : [answer];
  return rows.map((row, i) => {
    if (!isObject(row) || typeof row.symbol !== 'string')
      throw new AdlAnswerError(`Binance ADL risk, row ${i + 1}: no symbol`);
    const risk = row.adlRisk;
    if (risk !== 'low' && risk !== 'medium' && risk !== 'high')
      throw new AdlAnswerError(`Binance ADL risk for ${row.symbol}: unexpected rating ${JSON.stringify(risk)}`);
    return {
      venue: 'binance-usdm',
      symbol: row.symbol,
      level: risk,
      text: `Binance rates the ADL risk of ${row.symbol} ${risk} (updated every 30 minutes)`,
      updatedAt: finite(row.updateTime),
      source: BINANCE_ADL_RISK.url,
    };
  });
}

/** Bybit `GET /v5/market/adlAlert` (the whole answer, `{ retCode, result: { list } }`). */
export function parseBybitAdlAlert(answer: unknown): AdlLevel[] {
  if (!isObject(answer)) throw new AdlAnswerError('Bybit ADL alert: the answer is not an object');
  if (answer.retCode !== 0)
    throw new AdlAnswerError(`Bybit ADL alert: retCode ${String(answer.retCode)} (${String(answer.retMsg ?? '')})`);
  const result = answer.result;
  if (!isObject(result) || !Array.isArray(result.list)) throw new AdlAnswerError('Bybit ADL alert: no result.list');
  const updatedAt = finite(result.updatedTime ?? result.updateTime);
  return result.list.map((row, i) => {
    if (!isObject(row) || typeof row.symbol !== 'string')
      throw new AdlAnswerError(`Bybit ADL alert, row ${i + 1}: no symbol`);
    const balance = finite(row.balance);
    const pnlRatio = finite(row.pnlRatio);
    const trigger = finite(row.insurancePnlRatio);
    const threshold = finite(row.adlTriggerThreshold);
    const stop = finite(row.adlStopRatio);
    if (balance === null || pnlRatio === null || trigger === null || threshold === null || stop === null)
      throw new AdlAnswerError(
        `Bybit ADL alert for ${row.symbol}: balance, pnlRatio, insurancePnlRatio, adlTriggerThreshold and adlStopRatio must be numbers`,
      );
    const drawdown = balance > threshold && pnlRatio < trigger;
    const level: AdlLevel['level'] = balance <= 0 || drawdown ? 'triggered' : pnlRatio <= stop ? 'high' : 'low';
    const ratios = `8 h PnL drawdown ratio ${pnlRatio} against the trigger ${trigger} (stop ${stop})`;
    const text =
      balance <= 0
        ? `Bybit's insurance pool for ${row.symbol} is at or below 0: ADL is triggered`
        : drawdown
          ? `${row.symbol}: ${ratios}: ADL is triggered`
          : `${row.symbol}: ${ratios}${level === 'high' ? ': inside the band where ADL runs once triggered' : ''}`;
    return { venue: 'bybit', symbol: row.symbol, level, text, updatedAt, source: BYBIT_ADL_ALERT.url };
  });
}

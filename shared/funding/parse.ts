/**
 * Funding terms from the venues' public answers (pure parsing; the requests go through the main
 * process's public REST client). Each parser returns per-symbol terms with the answer's time.
 *
 * - Bybit `GET /v5/market/instruments-info`: `fundingInterval` (minutes), `upperFundingRate`,
 *   `lowerFundingRate` per symbol; `GET /v5/market/tickers`: `fundingRate`, `fundingIntervalHour`,
 *   `fundingCap` (the limit on both sides).
 * - Binance `GET /fapi/v1/fundingInfo`: `{ symbol, adjustedFundingRateCap,
 *   adjustedFundingRateFloor, fundingIntervalHours }` for adjusted symbols only.
 * - OKX `GET /api/v5/public/funding-rate`: `fundingRate`, `fundingTime`, `nextFundingTime`
 *   (their difference is the interval), `minFundingRate`, `maxFundingRate`.
 */
import type { FundingTerms } from './terms';
import { BINANCE_FUNDING_INFO, BYBIT_INSTRUMENTS, OKX_FUNDING_RATE_API } from './sources';

/** A venue answer that is not what its documentation shows. */
export class FundingAnswerError extends Error {
  override name = 'FundingAnswerError';
}

/** Interval and limits of one symbol from a venue answer; `rate` when the answer carries one. */
export interface VenueFunding {
  symbol: string;
  terms: Partial<Pick<FundingTerms, 'rate' | 'intervalHours' | 'cap' | 'floor'>> & Pick<FundingTerms, 'source'>;
  /** ms since epoch of the answer, when it says. */
  at: number | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function bybitList(answer: unknown, what: string): { list: Record<string, unknown>[]; at: number | null } {
  if (!isObject(answer)) throw new FundingAnswerError(`Bybit ${what}: the answer is not an object`);
  if (answer.retCode !== 0)
    throw new FundingAnswerError(`Bybit ${what}: retCode ${String(answer.retCode)} (${String(answer.retMsg ?? '')})`);
  const result = answer.result;
  if (!isObject(result) || !Array.isArray(result.list)) throw new FundingAnswerError(`Bybit ${what}: no result.list`);
  return { list: result.list.filter(isObject), at: num(answer.time) ?? null };
}

/** Bybit instruments-info (linear or inverse): interval and limits of every perpetual listed. */
export function parseBybitInstrumentsFunding(answer: unknown): VenueFunding[] {
  const { list, at } = bybitList(answer, 'instruments-info');
  const out: VenueFunding[] = [];
  for (const row of list) {
    const minutes = num(row.fundingInterval);
    const cap = num(row.upperFundingRate);
    const floor = num(row.lowerFundingRate);
    if (typeof row.symbol !== 'string' || minutes === undefined || !(minutes > 0)) continue; // dated futures carry no funding
    out.push({
      symbol: row.symbol,
      terms: { intervalHours: minutes / 60, cap: cap ?? null, floor: floor ?? null, source: BYBIT_INSTRUMENTS.url },
      at,
    });
  }
  return out;
}

/** Bybit tickers: the current rate with its interval and limit. */
export function parseBybitTickersFunding(answer: unknown): VenueFunding[] {
  const { list, at } = bybitList(answer, 'tickers');
  const out: VenueFunding[] = [];
  for (const row of list) {
    const rate = num(row.fundingRate);
    const hours = num(row.fundingIntervalHour);
    const cap = num(row.fundingCap);
    if (typeof row.symbol !== 'string' || rate === undefined) continue;
    out.push({
      symbol: row.symbol,
      terms: {
        rate,
        ...(hours !== undefined && hours > 0 ? { intervalHours: hours } : {}),
        ...(cap !== undefined ? { cap, floor: -cap } : {}),
        source: 'https://bybit-exchange.github.io/docs/v5/market/tickers',
      },
      at,
    });
  }
  return out;
}

/** Binance fundingInfo: the adjusted symbols (every other symbol keeps the defaults). */
export function parseBinanceFundingInfo(answer: unknown): VenueFunding[] {
  if (!Array.isArray(answer)) throw new FundingAnswerError('Binance fundingInfo: the answer is not a list');
  return answer.map((row, i) => {
    if (!isObject(row) || typeof row.symbol !== 'string')
      throw new FundingAnswerError(`Binance fundingInfo, row ${i + 1}: no symbol`);
    const cap = num(row.adjustedFundingRateCap);
    const floor = num(row.adjustedFundingRateFloor);
    const hours = num(row.fundingIntervalHours);
    if (cap === undefined || floor === undefined || hours === undefined || !(hours > 0))
      throw new FundingAnswerError(`Binance fundingInfo for ${row.symbol}: cap, floor and interval must be numbers`);
    return {
      symbol: row.symbol,
      terms: { intervalHours: hours, cap, floor, source: BINANCE_FUNDING_INFO.url },
      at: null,
    };
  });
}

/** OKX funding-rate: rate, interval (nextFundingTime − fundingTime) and limits of each instrument. */
export function parseOkxFundingRate(answer: unknown): VenueFunding[] {
  if (!isObject(answer)) throw new FundingAnswerError('OKX funding-rate: the answer is not an object');
  if (answer.code !== '0' && answer.code !== 0)
    throw new FundingAnswerError(`OKX funding-rate: code ${String(answer.code)} (${String(answer.msg ?? '')})`);
  if (!Array.isArray(answer.data)) throw new FundingAnswerError('OKX funding-rate: no data');
  return answer.data.filter(isObject).map((row, i) => {
    if (typeof row.instId !== 'string') throw new FundingAnswerError(`OKX funding-rate, row ${i + 1}: no instId`);
    const rate = num(row.fundingRate);
    const t0 = num(row.fundingTime);
    const t1 = num(row.nextFundingTime);
    const cap = num(row.maxFundingRate);
    const floor = num(row.minFundingRate);
    const hours = t0 !== undefined && t1 !== undefined && t1 > t0 ? (t1 - t0) / 3_600_000 : undefined;
    return {
      symbol: row.instId,
      terms: {
        ...(rate !== undefined ? { rate } : {}),
        ...(hours !== undefined ? { intervalHours: hours } : {}),
        cap: cap ?? null,
        floor: floor ?? null,
        source: OKX_FUNDING_RATE_API.url,
      },
      at: num(row.ts) ?? null,
    };
  });
}

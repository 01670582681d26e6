/**
 * Crash presets: historical crashes as data, each figure with where it came from. Moves are
 * fractions (−0.2 = −20 %). `wick` is peak (or the level before the crash) to the intraday low;
 * `close` is to where the price settled after the crash (the day's close or the level reports
 * give once the selling stopped). A figure not found in a source is `null` with a note saying
 * so: nothing here is filled in by guesswork.
 *
 * Sources are exchange, broker and data pages as stored on the date in `retrieved`; liquidation
 * totals are CoinGlass's (or Bybt's, its former name) as those pages quote them.
 *
 * Replaying a preset moves BTC by its figure and every asset it records by the recorded move
 * ({@link presetReplayBetas}: the log-space beta that lands exactly there); other assets follow
 * the crash betas (betas.ts).
 */
import { impliedBeta } from './shock';

/** One asset's move in a crash. */
export interface PresetMove {
  /** Peak (or pre-crash level) to intraday low; null when not found. */
  wick: number | null;
  /** Peak to where the price settled; null when not found. */
  close: number | null;
  /** Index into the preset's `sources`. */
  source: number;
  /**
   * False when the figure is measured over a different window than BTC's (e.g. from the
   * asset's own all-time high): shown to the user, not used to derive crash betas.
   */
  sameWindow: boolean;
  /**
   * BTC's move over the window this figure was measured in, when that is not the preset's own
   * window (e.g. a 24-hour change reported beside BTC's 24-hour change): the beta is taken
   * against it.
   */
  versusBtc?: number;
  note?: string;
}

/** A historical crash. */
export interface CrashPreset {
  id: string;
  name: string;
  /** UTC date (YYYY-MM-DD) the crash started, and ended. */
  start: string;
  end: string;
  /** How long the fall took, in words. */
  duration: string;
  /** Hours from peak to low, when sources give it; null otherwise. */
  durationHours: number | null;
  /** Whether the fall ran through a weekend or thin-liquidity hours. */
  weekend: boolean;
  btc: PresetMove & { from: number | null; low: number | null };
  /** Major alts by base asset (ETH, SOL, …). */
  alts: Record<string, PresetMove>;
  /** Total futures liquidations reported (USD), and long liquidations when reported separately. */
  liquidationsUsd: number | null;
  longLiquidationsUsd: number | null;
  sources: readonly { url: string; title: string; retrieved: string }[];
  /** Which BTC figure the preset replays by default: the wick (what liquidations see) unless the event is defined by its close. */
  replay: 'wick' | 'close';
  note?: string;
}

const R = '2026-11-26';
const R2 = '2026-12-04';

/** The shipped crash presets, newest first. */
export const crashPresets: readonly CrashPreset[] = [
  {
    id: '2026-02-05-continuation',
    name: '2026-02-05/06 continuation: BTC through $70k to ~$60k',
    replay: 'wick',
    start: '2026-02-05',
    end: '2026-02-06',
    duration: 'about a day: from the Thursday 2026-02-05 high to the low early on 2026-02-06 (UTC)',
    durationHours: null,
    weekend: false,
    btc: {
      from: 73639,
      low: 60255,
      wick: 60255 / 73639 - 1,
      close: 64600 / 73639 - 1,
      source: 0,
      sameWindow: true,
      note: 'from the Thursday high of $73,639 to the $60,255 low, then back to about $64,600 (Gate, 2026-02-06); Binance’s low was $60,033 (binance.bh).',
    },
    alts: {
      ETH: {
        wick: null,
        close: -0.1,
        versusBtc: -0.0863,
        source: 0,
        sameWindow: true,
        note: 'about −10 % on the day, low $1,756, while BTC fell 8.63 % (Gate); −11 % on the day (Bitget).',
      },
      SOL: {
        wick: null,
        close: null,
        source: 0,
        sameWindow: true,
        note: 'XRP, SOL, DOGE and ADA fell 12 % to 16 % on the day (Gate): a range, not replayed.',
      },
    },
    liquidationsUsd: 2.6e9,
    longLiquidationsUsd: 2.14e9,
    sources: [
      {
        url: 'https://aaspeed.gaterelay.com/tr/post/status/18614313',
        title:
          'Gate News: Bitcoin plummets trigger chain liquidations, over $2.5 billion in positions evaporate (2026-02-06)',
        retrieved: R2,
      },
      {
        url: 'https://www.bitget.live/bg/news/detail/12560605186273',
        title: 'Bitget News: $2.6B wiped out in 24 hours, CoinGlass’s 10th largest liquidation day ($2.14B longs)',
        retrieved: R2,
      },
      {
        url: 'https://www.binance.bh/sl/square/post/289100236017490',
        title:
          'Binance Square: Bitcoin fell to $60,033 on February 6, 2026, more than 52 % below its October 6, 2025 high of $126,272',
        retrieved: R,
      },
    ],
    note: 'CoinGlass 24-hour totals as quoted by Bitget: $2.6B, of which $2.14B longs; BTC $1.35B, ETH $570M, SOL $188M; the largest single order a $12M BTCUSDT long on Binance.',
  },
  {
    id: '2026-01-31-weekend-cascade',
    name: '2026-01-31 weekend cascade: BTC $81k → $75k in hours',
    replay: 'wick',
    start: '2026-01-31',
    end: '2026-01-31',
    duration: 'about 4 hours on a Saturday: $81k around 9:30 ET, the $75k wick around 13:40 ET',
    durationHours: 4.2,
    weekend: true,
    btc: {
      from: 81000,
      low: 75000,
      wick: 75000 / 81000 - 1,
      close: 78000 / 81000 - 1,
      source: 0,
      sameWindow: true,
      note: 'BTC traded down to $81k around 9:30 ET, broke $80k in two further waves of liquidations and wicked to $75k around 13:40 ET, stabilising around $78k (FalconX). HTX gives the low as $75,700, −7.6 % over 24 hours.',
    },
    alts: {
      ETH: {
        wick: -0.1228,
        close: null,
        versusBtc: -0.076,
        source: 1,
        sameWindow: true,
        note: '−12.28 % over 24 hours, below $2,400, while BTC fell 7.6 % (HTX).',
      },
      SOL: {
        wick: -0.1374,
        close: null,
        versusBtc: -0.076,
        source: 1,
        sameWindow: true,
        note: '−13.74 % over 24 hours, below $100 (HTX).',
      },
    },
    liquidationsUsd: 2.522e9,
    longLiquidationsUsd: 2.411e9,
    sources: [
      {
        url: 'https://www.falconx.io/newsroom/unpacking-the-january-31-liquidation-cascade',
        title: 'FalconX: Unpacking the January 31 liquidation cascade ($2.5B per CoinGlass; Hyperliquid over $1B)',
        retrieved: R2,
      },
      {
        url: 'https://www.htx.com/tr-tr/news/tags/fed',
        title:
          'HTX News: $2.5 billion liquidated (BTC low $75,700, ETH −12.28 %, SOL −13.74 %, $2.522B of which $2.411B longs)',
        retrieved: R2,
      },
      {
        url: 'https://www.kucoin.com/news/articles/massive-crypto-liquidation-on-jan-31-2-56-billion-wiped-out-setting-post-1011-crash-record',
        title: 'KuCoin News: Jan 31, $2.56 billion wiped out (CoinGlass), the largest day since 2025-10-10',
        retrieved: R2,
      },
    ],
    note: 'Thin weekend liquidity; Hyperliquid led the venues with over $1B of liquidations (FalconX). CoinGlass 24-hour totals differ by snapshot: $2.522B (HTX), $2.5615B (KuCoin).',
  },
  {
    id: '2025-10-06-ath-drawdown',
    name: 'BTC $126k all-time high → $60k: the four-month drawdown (Oct 2025 – Feb 2026)',
    replay: 'wick',
    start: '2025-10-06',
    end: '2026-02-06',
    duration: 'four months of decline, the last legs on 2026-01-31 and 2026-02-05/06',
    durationHours: null,
    weekend: true,
    btc: {
      from: 126272,
      low: 60033,
      wick: 60033 / 126272 - 1,
      close: 64600 / 126272 - 1,
      source: 0,
      sameWindow: true,
      note: 'the $126,272 all-time high of 2025-10-06 to the $60,033 low of 2026-02-06 (binance.bh); back to about $64,600 after the low (Gate).',
    },
    alts: {
      ETH: {
        wick: -0.6,
        close: null,
        source: 1,
        sameWindow: false,
        note: 'about −60 % from ETH’s own all-time high (tradingselection.com, 2026-02-06); ETH −24 % in the week to 2026-02-07 (binance.bh).',
      },
      SOL: {
        wick: -0.7,
        close: null,
        source: 1,
        sameWindow: false,
        note: 'about −70 % from its own high (tradingselection.com, 2026-02-06); SOL −26 % in the week to 2026-02-07 (binance.bh).',
      },
    },
    liquidationsUsd: null,
    longLiquidationsUsd: null,
    sources: [
      {
        url: 'https://www.binance.bh/sl/square/post/289100236017490',
        title:
          'Binance Square: Bitcoin plummeted more than 52 % from its October 6, 2025 all-time high of $126,272 … $60,033 on February 6, 2026',
        retrieved: R,
      },
      {
        url: 'https://www.tradingselection.com/en/component/content/article/bitcoin-crash-2026-current-situation-causes-and-outlook?Itemid=300&catid=54&rCH=2',
        title: 'Bitcoin crash 2026: current situation, causes and outlook',
        retrieved: R,
      },
      {
        url: 'https://aaspeed.gaterelay.com/tr/post/status/18614313',
        title: 'Gate News: Bitcoin rebounded to around $64,600 after the $60,255 low (2026-02-06)',
        retrieved: R2,
      },
    ],
    note: 'No single liquidation total covers four months; its largest days are presets of their own: 2025-10-10 (~$19B), 2026-01-31 (~$2.5B) and 2026-02-05/06 (~$2.6B).',
  },
  {
    id: '2025-10-10',
    replay: 'wick',
    name: '2025-10-10 tariff shock: record ~$19B liquidations',
    start: '2025-10-10',
    end: '2025-10-11',
    duration: 'about 45 minutes for the main leg (from ~20:50 UTC), lows within 24 h',
    durationHours: 0.75,
    weekend: true,
    btc: {
      from: 122574,
      low: 104782,
      wick: 104782 / 122574 - 1,
      close: 110000 / 122574 - 1,
      source: 0,
      sameWindow: true,
      note: 'high $122,574 to the $104,782 low (Amberdata via binance square); −12 % in the 45-minute leg (CoinGlass via spectropunk); settled around $110,000 (news-avail).',
    },
    alts: {
      ETH: {
        wick: -0.2,
        close: null,
        source: 1,
        sameWindow: true,
        note: 'ETH tumbled 20 % intraday (globalstocknews); −16 % in the 45-minute leg (CoinGlass via spectropunk); low $3,436.',
      },
      SOL: {
        wick: -0.31,
        close: null,
        source: 2,
        sameWindow: true,
        note: 'SOL −31 % (CoinGlass via spectropunk); briefly −40 % to $174 (generallink).',
      },
    },
    liquidationsUsd: 19e9,
    longLiquidationsUsd: null,
    sources: [
      {
        url: 'https://generallink.top/ar/square/post/292165153256930',
        title:
          'What happened on Oct 10 (Amberdata: cascade from 20:50 UTC, $6.93B in 40 minutes; BTC $104,782, ETH $3,436, SOL $174)',
        retrieved: R,
      },
      {
        url: 'https://globalstocknews.org/?p=695590',
        title: 'Bitcoin, Ethereum lead US$19 billion crypto wipeout amid liquidity shock',
        retrieved: R,
      },
      {
        url: 'https://spectropunk.com/?p=179',
        title: 'The Day $19B Vanished: Crypto’s Biggest Liquidation Event to Date',
        retrieved: R,
      },
      {
        url: 'https://yellow.com/research/trump-100-china-tariff-how-one-announcement-liquidated-dollar19-billion-in-crypto',
        title: 'Trump 100% China tariff: how one announcement liquidated $19 billion in crypto',
        retrieved: R,
      },
      {
        url: 'https://news-avail.com/?p=218',
        title: 'The $19 Billion Crypto Crash That Shook the Market',
        retrieved: R,
      },
    ],
    note: 'Friday evening UTC into the weekend; 1.6 million accounts liquidated (CoinGlass). Long/short split not found in the stored sources.',
  },
  {
    id: '2024-08-05',
    replay: 'wick',
    name: '2024-08-05 yen carry-trade unwind',
    start: '2024-08-04',
    end: '2024-08-05',
    duration: 'under 5 hours for BTC $58,350 → $49,513 (Monday Asian session)',
    durationHours: 5,
    weekend: true,
    btc: {
      from: 58350,
      low: 49513,
      wick: 49513 / 58350 - 1,
      close: -0.126,
      source: 0,
      sameWindow: true,
      note: 'wick: $58,350 → $49,513 (cointrolly); close: "later recovering to a 12.6 % decline" (open-lib).',
    },
    alts: {
      ETH: {
        wick: -0.2,
        close: null,
        source: 1,
        sameWindow: true,
        note: 'ETH dropped 20 % to under $2,200 (open-lib); $2,695 → $2,118 (cointrolly).',
      },
      SOL: {
        wick: null,
        close: -0.12,
        source: 1,
        sameWindow: true,
        note: 'SOL at $123, 12 % down, after a short-lived $120 (open-lib); wick not found.',
      },
      BNB: { wick: -0.1736, close: null, source: 0, sameWindow: true },
      DOGE: { wick: -0.162, close: null, source: 0, sameWindow: true },
    },
    liquidationsUsd: 1.06e9,
    longLiquidationsUsd: 0.901e9,
    sources: [
      {
        url: 'https://cointrolly.com/bitcoin-falls-under-53k-wiping-out-600m-in-leveraged-longs',
        title: 'Bitcoin falls under $53k, wiping out $600M in leveraged longs',
        retrieved: R,
      },
      {
        url: 'https://www.open-lib.com/1061.html',
        title: 'Bitcoin leads crypto plunge (2024-08-05), Coinglass: $1.06 billion liquidated',
        retrieved: R,
      },
      {
        url: 'https://binance.com/es-AR/square/post/11863091176634',
        title: 'Bitcoin plunges to $50,000 (CoinGlass: $1.05B liquidated, $901.42M longs)',
        retrieved: R,
      },
    ],
  },
  {
    id: '2022-11-ftx',
    replay: 'wick',
    name: '2022-11 FTX collapse',
    start: '2022-11-06',
    end: '2022-11-10',
    duration: 'about five days (Binance FTT announcement to the 2022-11-10 low)',
    durationHours: null,
    weekend: false,
    btc: {
      from: 21000,
      low: 15600,
      wick: 15600 / 21000 - 1,
      close: -0.22,
      source: 0,
      sameWindow: true,
      note: 'wick: above $21,000 the week before to $15.6k on 2022-11-10 (socialbites); close: −22 % over the week (CoinGecko via forklog).',
    },
    alts: {
      ETH: {
        wick: null,
        close: -0.2,
        source: 2,
        sameWindow: true,
        note: 'about −20 % over seven days (CoinGecko via defidecomplicated); wick not found.',
      },
      SOL: {
        wick: -0.6,
        close: -0.47,
        source: 1,
        sameWindow: true,
        note: 'SOL plunged 60 % in the week (forklog); −47 % over seven days at $16.26 (defidecomplicated). FTX/Alameda-specific selling.',
      },
      DOGE: { wick: null, close: -0.298, source: 1, sameWindow: true },
      XRP: { wick: null, close: -0.287, source: 1, sameWindow: true },
    },
    liquidationsUsd: 1.6e9,
    longLiquidationsUsd: null,
    sources: [
      {
        url: 'https://socialbites.ca/business/116157.html',
        title: 'Bitcoin falls to $15.6 thousand (CoinGlass: $717M liquidated on 2022-11-08)',
        retrieved: R,
      },
      {
        url: 'https://forklog.com/en/week-in-review-ftx-files-for-bankruptcy-as-binance-chief-warns-of-cascading-crisis/amp',
        title: 'Week in review: FTX files for bankruptcy',
        retrieved: R,
      },
      {
        url: 'https://www.defidecomplicated.com/posts/an-overview-of-this-weeks-crypto-news',
        title: 'An overview of this week’s crypto news (FTX)',
        retrieved: R,
      },
      {
        url: 'https://yellow.com/research/trump-100-china-tariff-how-one-announcement-liquidated-dollar19-billion-in-crypto',
        title: 'Comparison table: FTX implosion $1.6 billion of liquidations',
        retrieved: R,
      },
    ],
  },
  {
    id: '2022-06-celsius',
    replay: 'wick',
    name: '2022-06 Celsius / 3AC: BTC below $20k',
    start: '2022-06-12',
    end: '2022-06-18',
    duration: 'about one week, low on Saturday 2022-06-18',
    durationHours: null,
    weekend: true,
    btc: {
      from: null,
      low: 17622,
      wick: -0.35,
      close: null,
      source: 0,
      sameWindow: true,
      note: '"down more than 35 % in the past week" to about $17,749 (virtuse, 2022-06-18); low $17,622 (s146); settled near $19,000 on 06-19 but the week-start level for a close is not given.',
    },
    alts: {
      ETH: {
        wick: -0.35,
        close: null,
        source: 0,
        sameWindow: true,
        note: 'BTC and ETH "down more than 35 % in the past week"; ETH about $897 (virtuse), low $880 (s146).',
      },
    },
    liquidationsUsd: 0.94e9,
    longLiquidationsUsd: 0.6e9,
    sources: [
      {
        url: 'https://www.virtuse.com/bitcoin-briefly-dropped-below-17800-as-sell-off-accelerates-heres-what-happened/',
        title: 'Bitcoin briefly dropped below $17,800 as sell-off accelerates',
        retrieved: R,
      },
      {
        url: 'https://s146.com/2479.html',
        title: 'Bitcoin falls below $20,000, Ethereum drops under $1,000',
        retrieved: R,
      },
      {
        url: 'https://bestfxbrokerage.com/the-collapse-of-crypto-liquidations-almost-a-billion-dollars-and-25300-traders/',
        title: 'Liquidations almost a billion dollars (2022-06-13: $940M, longs ~$600M)',
        retrieved: R,
      },
    ],
    note: 'Liquidation totals are for 2022-06-13 only (the Celsius withdrawal freeze), not the whole week.',
  },
  {
    id: '2021-05-19',
    replay: 'wick',
    name: '2021-05-19 China ban / Tesla crash',
    start: '2021-05-19',
    end: '2021-05-19',
    duration: 'about 2 hours for the main leg (20:00–22:00 UTC), −30 % within 24 h',
    durationHours: 2,
    weekend: false,
    btc: {
      from: 43000,
      low: 30000,
      wick: 30000 / 43000 - 1,
      close: 35000 / 43000 - 1,
      source: 0,
      sameWindow: true,
      note: 'from $43,000 to a low near $30,000 (some venues $29,000) (ikablog, mtwwr); rebounded to about $35,000 (mtwwr).',
    },
    alts: {
      ETH: {
        wick: -0.4,
        close: null,
        source: 1,
        sameWindow: true,
        note: 'ETH −40 % below $2,000 (open-lib); −46 % to about $1,900 then back toward $2,500 (mtwwr).',
      },
      DOGE: { wick: -0.4, close: null, source: 1, sameWindow: true },
    },
    liquidationsUsd: 8.6e9,
    longLiquidationsUsd: null,
    sources: [
      {
        url: 'https://www.mtwwr.com/2914.html',
        title: 'Bitcoin plunges to $30,000 amid 30% 24-hour crash',
        retrieved: R,
      },
      {
        url: 'https://www.open-lib.com/1941.html',
        title: 'Bitcoin’s “overnight crash”: market plummets nearly 30%',
        retrieved: R,
      },
      {
        url: 'https://www.newsbreak.com/news/2263120909471/mastercard-exec-shares-thoughts-on-crypto-rewards-stablecoin-and-cbdc-plans',
        title: 'Bybt: over $8.6 billion of liquidations on May 19',
        retrieved: R,
      },
      { url: 'https://ikablog.com/7459.html', title: 'The 519 correction', retrieved: R },
    ],
    note: 'Liquidation totals differ by source: $8.6B (Bybt), $6.4B (CoinGlass via ikablog), ~$10B (yellow.com).',
  },
  {
    id: '2020-03-12',
    replay: 'wick',
    name: '2020-03-12 Black Thursday (COVID)',
    start: '2020-03-12',
    end: '2020-03-13',
    duration: 'two legs over about 16 hours (10:00 UTC 03-12 to 02:15 UTC 03-13)',
    durationHours: 16,
    weekend: false,
    btc: {
      from: 7353,
      low: 3596,
      wick: 3596 / 7353 - 1,
      close: 3978 / 7353 - 1,
      source: 0,
      sameWindow: true,
      note: 'BitMEX perpetual: $7,353 at 10:00 UTC, $3,978 by 02:00 the next day, bottom $3,596 (~$400 below spot) (LedgerPrime). "close" here is the 02:00 level, not a daily close.',
    },
    alts: {
      ETH: {
        wick: -0.54,
        close: null,
        source: 1,
        sameWindow: true,
        note: 'ETH from $190 to $87 in two days (binance square recap); "from $200 to under $90" elsewhere.',
      },
    },
    liquidationsUsd: 1.2e9,
    longLiquidationsUsd: null,
    sources: [
      {
        url: 'https://www.research.ledgerprime.com/p/cryptos-black-thursday-the-market',
        title: 'Crypto’s Black Thursday: the market crash of March 2020',
        retrieved: R,
      },
      {
        url: 'https://bbapi.viigoo.eu.org/square/post/21453633769865',
        title: 'Fifth anniversary of the "March 12 incident"',
        retrieved: R,
      },
      {
        url: 'https://yellow.com/research/trump-100-china-tariff-how-one-announcement-liquidated-dollar19-billion-in-crypto',
        title: 'Comparison: COVID crash $1.2 billion of liquidations',
        retrieved: R,
      },
    ],
    note: 'BitMEX liquidated over $700M of BTC perpetuals in the first leg alone (LedgerPrime); its matching engine stalled during the second.',
  },
];

/** A preset by id (case-insensitive), or undefined. */
export function findPreset(id: string): CrashPreset | undefined {
  const key = id.trim().toLowerCase();
  return (
    crashPresets.find((p) => p.id === key) ??
    crashPresets.find((p) => p.id.startsWith(key) || p.name.toLowerCase().includes(key))
  );
}

/**
 * The BTC move a preset applies: by default its `replay` figure (the wick, what liquidations
 * see, unless the event is defined by its close); falls back to the other when missing.
 */
export function presetBtcMove(preset: CrashPreset, basis: 'wick' | 'close' = preset.replay): number {
  const m = basis === 'wick' ? (preset.btc.wick ?? preset.btc.close) : (preset.btc.close ?? preset.btc.wick);
  return m as number; // every preset has at least one (checked by tests)
}

/** The figure of an asset's move on one basis, or null. */
function figure(mv: PresetMove, basis: 'wick' | 'close'): number | null {
  return basis === 'wick' ? mv.wick : mv.close;
}

/**
 * Betas a preset implies for its alts in the same window, in log space (shock.ts):
 * ln(1 + alt move) / ln(1 + BTC move), wick with wick, close with close (or against `versusBtc`
 * when the alt's figure comes with BTC's own move over its window). Alts without a same-window
 * figure are left out.
 */
export function presetBetas(preset: CrashPreset): Record<string, number> {
  const out: Record<string, number> = { BTC: 1 };
  for (const [asset, mv] of Object.entries(preset.alts)) {
    if (!mv.sameWindow) continue;
    for (const basis of ['wick', 'close'] as const) {
      const alt = figure(mv, basis);
      const btc = mv.versusBtc ?? figure(preset.btc, basis);
      if (alt === null || btc === null || btc === 0) continue;
      out[asset] = impliedBeta(alt, btc);
      break;
    }
  }
  return out;
}

/**
 * Betas that replay a preset's recorded per-asset moves: for each asset with a same-window
 * figure on the replayed basis, the log-space beta that takes it exactly to that figure when BTC
 * moves by the preset's move (against `versusBtc` when the figure comes with BTC's own move).
 * Used as fixed betas (ladder.ts `fixedBetas`): not stressed further.
 */
export function presetReplayBetas(
  preset: CrashPreset,
  basis: 'wick' | 'close' = preset.replay,
): Record<string, number> {
  const move = presetBtcMove(preset, basis);
  const out: Record<string, number> = {};
  for (const [asset, mv] of Object.entries(preset.alts)) {
    if (!mv.sameWindow) continue;
    const alt = figure(mv, basis);
    if (alt === null) continue;
    out[asset] = impliedBeta(alt, mv.versusBtc ?? move);
  }
  return out;
}

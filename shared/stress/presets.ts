/**
 * Crash presets: historical crashes as data, each figure with where it came from. Moves are
 * fractions (−0.2 = −20 %). `wick` is peak (or the level before the crash) to the intraday low;
 * `close` is to where the price settled after the crash (the day's close or the level reports
 * give once the selling stopped). A figure we could not find in a source is `null` with a note
 * saying so: nothing here is filled in by guesswork.
 *
 * Sources are news and data pages as stored by the search tool on the date in `retrieved`;
 * liquidation totals are CoinGlass's (or Bybt's, its former name) as quoted there.
 */

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

/** The shipped crash presets, newest first. */
export const crashPresets: readonly CrashPreset[] = [
  {
    id: 'seed-2025-10-to-2026-02',
    name: 'The seed event: BTC $126k → ~$70k (Oct 2025 – Feb 2026)',
    replay: 'close',
    start: '2025-10-06',
    end: '2026-02-06',
    duration: 'four months of decline, the last leg over 2026-02-04…06',
    durationHours: null,
    weekend: true,
    btc: {
      from: 126272,
      low: 60033,
      // ~$70k on 2026-02-05 (below $70k, $69,250 on Binance): 70 000 / 126 272 − 1 = −0.446.
      close: 70000 / 126272 - 1,
      wick: 60033 / 126272 - 1,
      source: 0,
      sameWindow: true,
      note: 'close: ~$70k on 2026-02-05 (coinalertnews: $69,250 on Binance), the −44 % of the seed description; wick: the $60,033 low of 2026-02-06 (binance.bh).',
    },
    alts: {
      ETH: {
        wick: -0.6,
        close: null,
        source: 2,
        sameWindow: false,
        note: 'about −60 % from ETH’s own all-time high (tradingselection.com, 2026-02-06); ETH −24 % in the week to 2026-02-07 (binance.bh).',
      },
      SOL: {
        wick: -0.7,
        close: null,
        source: 2,
        sameWindow: false,
        note: 'about −70 % (tradingselection.com, 2026-02-06), not from the BTC peak date; SOL −26 % in the week to 2026-02-07 (binance.bh).',
      },
    },
    liquidationsUsd: 2.7e9,
    longLiquidationsUsd: 2.42e9,
    sources: [
      {
        url: 'https://www.binance.bh/sl/square/post/289100236017490',
        title:
          'Bitcoin plummeted more than 52% from its October 6, 2025 all-time high of $126,272 … $60,033 on February 6, 2026',
        retrieved: R,
      },
      {
        url: 'https://coinalertnews.com/news/2026/02/05/bitcoin-plunge-liquidations-market-fear',
        title: 'Bitcoin breaks below $70,000 (2026-02-05)',
        retrieved: R,
      },
      {
        url: 'https://www.tradingselection.com/en/component/content/article/bitcoin-crash-2026-current-situation-causes-and-outlook?Itemid=300&catid=54&rCH=2',
        title: 'Bitcoin crash 2026: current situation, causes and outlook',
        retrieved: R,
      },
      {
        url: 'https://www.newsbytesapp.com/news/business/bitcoin-ethereum-plunge-triggers-256-billion-liquidation-in-24-hours/tldr',
        title: 'Bitcoin, Ethereum plunge triggers $2.56 billion liquidation in 24 hours',
        retrieved: R,
      },
    ],
    note: 'The $2.42B of long liquidations is the figure in the seed description; we did not find it in a stored source. Sources give >$2.7B in 24 h around 2026-02-06 (binance.bh), $2.56B in one day as BTC fell below $76k (newsbytes), and $797M of longs on 2026-02-05 (coinalertnews). Thin weekend liquidity: BTC first broke $80k on a weekend (2026-01-31).',
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
        note: 'SOL at $123, 12 % down, after a brief $120 (open-lib); wick not found.',
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
 * The BTC move a preset applies: by default its `replay` figure (the wick for sudden crashes,
 * the close for the seed event, defined as $126k → ~$70k); falls back to the other when missing.
 */
export function presetBtcMove(preset: CrashPreset, basis: 'wick' | 'close' = preset.replay): number {
  const m = basis === 'wick' ? (preset.btc.wick ?? preset.btc.close) : (preset.btc.close ?? preset.btc.wick);
  return m as number; // every preset has at least one (checked by tests)
}

/**
 * Betas a preset implies for its alts in the same window: alt move / BTC move (wick with
 * wick, close with close). Alts without a same-window figure are left out.
 */
export function presetBetas(preset: CrashPreset): Record<string, number> {
  const out: Record<string, number> = { BTC: 1 };
  for (const [asset, mv] of Object.entries(preset.alts)) {
    if (!mv.sameWindow) continue;
    if (mv.wick !== null && preset.btc.wick !== null) out[asset] = mv.wick / preset.btc.wick;
    else if (mv.close !== null && preset.btc.close !== null) out[asset] = mv.close / preset.btc.close;
  }
  return out;
}

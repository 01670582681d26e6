/**
 * The collateral depeg control: per collateral asset, how far it trades below its peg (a
 * stablecoin below 1 USD, a staked token below the asset it tracks), independently of the BTC
 * move and the betas. A depeg touches only assets an account holds as collateral.
 */
import { z } from 'zod';

/** Depeg per asset, 0 … < 1 (0.35 = 35 % below the peg). */
export const depegSchema = z.record(
  z.string().trim().min(1, { error: 'expected an asset name such as USDe' }),
  z.number({ error: 'expected a depeg fraction' }).refine((v) => Number.isFinite(v) && v >= 0 && v < 1, {
    error: 'expected a depeg from 0 to under 1 (0.35 = 35 % below the peg)',
  }),
);

/** Depeg per asset (see {@link depegSchema}). */
export type Depeg = z.infer<typeof depegSchema>;

/** One sourced figure of a depeg preset. */
export interface DepegFigure {
  asset: string;
  /** Fraction below the peg. */
  depeg: number;
  /** What it is measured against: `USD` for a stablecoin, the tracked asset for a staked token. */
  against: string;
  /** The figure as the source prints it. */
  quote: string;
  source: string;
}

/** A historical depeg, replayable on the Stress screen. */
export interface DepegPreset {
  id: string;
  name: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Where and when the prices were seen. */
  where: string;
  figures: readonly DepegFigure[];
  /** What the preset leaves out, and why. */
  note: string;
}

const COINDESK =
  'https://www.coindesk.com/markets/2025/10/12/binance-to-compensate-users-affected-by-crash-in-wbeth-bnsol-and-ethena-s-usde';

/**
 * 2025-10-10: during the crash, three assets Binance accepted as collateral traded far below
 * their pegs on Binance's own order books, and Binance's unified accounts valued them there.
 * Binance's compensation terms name the window: accounts "that used USDE, BNSOL, or WBETH as
 * collateral during 2025-10-10, 21:36–22:16 UTC" (Binance, as reported at
 * https://www.binance.bh/en/square/post/30952419865713).
 */
export const DEPEG_PRESETS: readonly DepegPreset[] = [
  {
    id: 'binance-collateral-2025-10-10',
    name: 'Binance collateral depeg, 10 Oct 2025',
    date: '2025-10-10',
    where: 'Binance order books, 21:36–22:16 UTC',
    figures: [
      {
        asset: 'USDe',
        depeg: 0.35,
        against: 'USD',
        quote: "Ethena's synthetic dollar USDe … slipped rapidly to 65 cents",
        source: COINDESK,
      },
      {
        asset: 'wBETH',
        depeg: 0.88,
        against: 'ETH',
        quote:
          'wBETH price plunged to as low as $430 around 21:40 UTC … an 88% discount compared to the ether-tether (ETH/USDT) spot price, which was trading above $3,800',
        source: COINDESK,
      },
    ],
    note: 'BNSOL fell to $34.90 in the same window, but the source gives no SOL price beside it, so its discount is not in the preset. USDC held its peg that day: no figure for it.',
  },
];

/** The depeg of a preset as the control's input. */
export function depegOfPreset(preset: DepegPreset): Depeg {
  return Object.fromEntries(preset.figures.map((f) => [f.asset, f.depeg]));
}

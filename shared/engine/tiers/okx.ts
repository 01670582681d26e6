import type { SizeTier, SizeTierTable } from './types';

/*
 * OKX position tiers are keyed by position size in CONTRACTS ("position tiers",
 * GET /api/v5/public/position-tiers: `minSz` / `maxSz` are numbers of contracts), and the tier's
 * MMR applies to the whole position value (no maintenance amount): OKX's `mmr` field on a
 * position is value × the tier's rate (e.g. OKX demo API output, 0.01 BTC × 78,058.84 × 0.004 =
 * 3.1223536, dream-until-dawn/okx-position-simulator-go testdata/conformance/isolated-position-metrics.json).
 * Note: ccxt's okx `parseMarketLeverageTiers` copies minSz/maxSz into minNotional/maxNotional
 * unchanged (ccxt PRs #29227/#29228 call it a bug); we keep them as contracts.
 */
const row = (minContracts: number, maxContracts: number, mmr: number, imr: number, maxLeverage: number): SizeTier => ({
  minContracts,
  maxContracts,
  mmr,
  imr,
  maxLeverage,
});

/** A saved production API answer (cross mode), copied row for row. */
const BTC_USDT_SOURCE =
  'https://github.com/dream-until-dawn/okx-position-simulator-go/blob/bc51029770b3cad1a038d088748a0fb44d1149c0/refdata/testdata/position-tiers-SWAP-cross-BTC-USDT.json';

export const okxTables: readonly SizeTierTable[] = [
  {
    venue: 'okx',
    symbol: 'BTC-USDT-SWAP',
    aliases: ['BTCUSDT', 'BTC/USDT:USDT', 'BTC-USDT'],
    contract: 'linear',
    basis: 'contracts',
    contractValue: 0.01, // ctVal 0.01 BTC (OKX instruments answer for BTC-USDT-SWAP)
    source: BTC_USDT_SOURCE,
    retrieved: '2026-08-31',
    // OKX's isolated table is separate; the source's notes say its first five rows are the same.
    isolatedUpTo: 60_000,
    note:
      'OKX production position tiers for BTC-USDT swaps, cross mode (OKX keeps a separate isolated table; its first five tiers are the same), ' +
      'as a GET /api/v5/public/position-tiers answer saved in a public repository whose research notes are dated 2026-08-31. ' +
      'Tiers by contracts (0.01 BTC each). Refresh with GET /api/v5/public/position-tiers?instType=SWAP&instFamily=BTC-USDT&tdMode=isolated.',
    sizeTiers: [
      row(0, 1000, 0.004, 0.01, 100), // 1
      row(1000.01, 5000, 0.005, 0.015, 66.66), // 2
      row(5000.01, 20000, 0.0075, 0.02, 50), // 3
      row(20000.01, 40000, 0.0125, 0.025, 40), // 4
      row(40000.01, 60000, 0.0175, 0.03, 33.33), // 5
      row(60000.01, 80000, 0.0225, 0.035, 28.57), // 6
      row(80000.01, 100000, 0.0275, 0.04, 25), // 7
      row(100000.01, 120000, 0.0325, 0.045, 22.22), // 8
      row(120000.01, 140000, 0.0375, 0.05, 20), // 9
      row(140000.01, 160000, 0.0425, 0.055, 18.18), // 10
      row(160000.01, 180000, 0.0475, 0.06, 16.66), // 11
      row(180000.01, 200000, 0.0525, 0.065, 15.38), // 12
      row(200000.01, 220000, 0.0575, 0.07, 14.28), // 13
      row(220000.01, 240000, 0.0625, 0.075, 13.33), // 14
      row(240000.01, 260000, 0.0675, 0.08, 12.5), // 15
      row(260000.01, 280000, 0.0725, 0.085, 11.76), // 16
      row(280000.01, 300000, 0.0775, 0.09, 11.11), // 17
      row(300000.01, 320000, 0.0825, 0.095, 10.52), // 18
      row(320000.01, 340000, 0.0875, 0.1, 10), // 19
      row(340000.01, 360000, 0.0925, 0.105, 9.52), // 20
      row(360000.01, 380000, 0.0975, 0.11, 9.09), // 21
      row(380000.01, 400000, 0.1025, 0.115, 8.69), // 22
      row(400000.01, 420000, 0.1075, 0.12, 8.33), // 23
      row(420000.01, 440000, 0.1125, 0.125, 8), // 24
      row(440000.01, 460000, 0.1175, 0.13, 7.69), // 25
      row(460000.01, 480000, 0.1225, 0.135, 7.4), // 26
      row(480000.01, 500000, 0.1275, 0.14, 7.14), // 27
      row(500000.01, 520000, 0.1325, 0.145, 6.89), // 28
      row(520000.01, 540000, 0.1375, 0.15, 6.66), // 29
      row(540000.01, 560000, 0.1425, 0.155, 6.45), // 30
      row(560000.01, 580000, 0.1475, 0.16, 6.25), // 31
      row(580000.01, 600000, 0.1525, 0.165, 6.06), // 32
      row(600000.01, 620000, 0.1575, 0.17, 5.88), // 33
      row(620000.01, 640000, 0.1625, 0.175, 5.71), // 34
      row(640000.01, 660000, 0.1675, 0.18, 5.55), // 35
      row(660000.01, 680000, 0.1725, 0.185, 5.4), // 36
      row(680000.01, 700000, 0.1775, 0.19, 5.26), // 37
      row(700000.01, 720000, 0.1825, 0.195, 5.12), // 38
      row(720000.01, 740000, 0.1875, 0.2, 5), // 39
      row(740000.01, 760000, 0.1925, 0.205, 4.87), // 40
      row(760000.01, 780000, 0.1975, 0.21, 4.76), // 41
      row(780000.01, 800000, 0.2025, 0.215, 4.65), // 42
      row(800000.01, 820000, 0.2075, 0.22, 4.54), // 43
      row(820000.01, 840000, 0.2125, 0.225, 4.44), // 44
      row(840000.01, 860000, 0.2175, 0.23, 4.34), // 45
      row(860000.01, 880000, 0.2225, 0.235, 4.25), // 46
      row(880000.01, 900000, 0.2275, 0.24, 4.16), // 47
      row(900000.01, 920000, 0.2325, 0.245, 4.08), // 48
      row(920000.01, 940000, 0.2375, 0.25, 4), // 49
      row(940000.01, 960000, 0.2425, 0.255, 3.92), // 50
      row(960000.01, 980000, 0.2475, 0.26, 3.84), // 51
      row(980000.01, 1000000, 0.2525, 0.265, 3.77), // 52
      row(1000000.01, 1020000, 0.2575, 0.27, 3.7), // 53
      row(1020000.01, 1040000, 0.2625, 0.275, 3.63), // 54
      row(1040000.01, 1060000, 0.2675, 0.28, 3.57), // 55
      row(1060000.01, 1080000, 0.2725, 0.285, 3.5), // 56
      row(1080000.01, 1100000, 0.2775, 0.29, 3.44), // 57
      row(1100000.01, 1120000, 0.2825, 0.295, 3.38), // 58
      row(1120000.01, 1140000, 0.2875, 0.3, 3.33), // 59
      row(1140000.01, 1160000, 0.2925, 0.305, 3.27), // 60
      row(1160000.01, 1180000, 0.2975, 0.31, 3.22), // 61
      row(1180000.01, 1200000, 0.3025, 0.315, 3.17), // 62
      row(1200000.01, 1220000, 0.3075, 0.32, 3.12), // 63
      row(1220000.01, 1240000, 0.3125, 0.325, 3.07), // 64
      row(1240000.01, 1260000, 0.3175, 0.33, 3.03), // 65
      row(1260000.01, 1280000, 0.3225, 0.335, 2.98), // 66
      row(1280000.01, 1300000, 0.3275, 0.34, 2.94), // 67
      row(1300000.01, 1320000, 0.3325, 0.345, 2.89), // 68
      row(1320000.01, 1340000, 0.3375, 0.35, 2.85), // 69
      row(1340000.01, 1360000, 0.3425, 0.355, 2.81), // 70
      row(1360000.01, 1380000, 0.3475, 0.36, 2.77), // 71
      row(1380000.01, 1400000, 0.3525, 0.365, 2.73), // 72
      row(1400000.01, 1420000, 0.3575, 0.37, 2.7), // 73
      row(1420000.01, 1440000, 0.3625, 0.375, 2.66), // 74
      row(1440000.01, 1460000, 0.3675, 0.38, 2.63), // 75
      row(1460000.01, 1480000, 0.3725, 0.385, 2.59), // 76
      row(1480000.01, 1500000, 0.3775, 0.39, 2.56), // 77
      row(1500000.01, 1520000, 0.3825, 0.395, 2.53), // 78
      row(1520000.01, 1540000, 0.3875, 0.4, 2.5), // 79
      row(1540000.01, 1560000, 0.3925, 0.405, 2.46), // 80
      row(1560000.01, 1580000, 0.3975, 0.41, 2.43), // 81
      row(1580000.01, 1600000, 0.4025, 0.415, 2.4), // 82
      row(1600000.01, 1620000, 0.4075, 0.42, 2.38), // 83
      row(1620000.01, 1640000, 0.4125, 0.425, 2.35), // 84
      row(1640000.01, 1660000, 0.4175, 0.43, 2.32), // 85
      row(1660000.01, 1680000, 0.4225, 0.435, 2.29), // 86
      row(1680000.01, 1700000, 0.4275, 0.44, 2.27), // 87
      row(1700000.01, 1720000, 0.4325, 0.445, 2.24), // 88
      row(1720000.01, 1740000, 0.4375, 0.45, 2.22), // 89
      row(1740000.01, 1760000, 0.4425, 0.455, 2.19), // 90
      row(1760000.01, 1780000, 0.4475, 0.46, 2.17), // 91
      row(1780000.01, 1800000, 0.4525, 0.465, 2.15), // 92
      row(1800000.01, 1820000, 0.4575, 0.47, 2.12), // 93
      row(1820000.01, 1840000, 0.4625, 0.475, 2.1), // 94
      row(1840000.01, 1860000, 0.4675, 0.48, 2.08), // 95
      row(1860000.01, 1880000, 0.4725, 0.485, 2.06), // 96
      row(1880000.01, 1900000, 0.4775, 0.49, 2.04), // 97
      row(1900000.01, 1920000, 0.4825, 0.495, 2.02), // 98
      row(1920000.01, 1940000, 0.4875, 0.5, 2), // 99
    ],
  },
  {
    venue: 'okx',
    symbol: 'ETH-USDT-SWAP',
    aliases: ['ETHUSDT', 'ETH/USDT:USDT', 'ETH-USDT'],
    contract: 'linear',
    basis: 'contracts',
    contractValue: 0.1, // ctVal 0.1 ETH
    source:
      'https://github.com/dream-until-dawn/okx-position-simulator-go/blob/702f9dd92555e00bfd71165335580638dcd9eaa9/testdata/conformance/close-long-isolated-linear.json',
    retrieved: '2026-09-25',
    note:
      'First tier only: 0–5,000 contracts (500 ETH) at MMR 0.4 %, IMR 1 %, 100x, from a position-tiers answer recorded from OKX on 2026-09-25 in a ' +
      'test fixture (the repository could not be identified); the 0.4 % rate is confirmed by a real OKX (demo) ETH-USDT-SWAP position whose mmr ' +
      'amount is value × 0.004 (the source URL). Larger positions are refused: give tiers or mmr.',
    sizeTiers: [row(0, 5000, 0.004, 0.01, 100)],
  },
  {
    venue: 'okx',
    symbol: 'BTC-USD-SWAP',
    aliases: ['BTCUSD', 'BTC/USD:BTC', 'BTC-USD'],
    contract: 'inverse',
    basis: 'contracts',
    contractValue: 100, // 100 USD per contract (OKX help 7053456733325: BTCUSD perpetual "Contract Size | 100USD")
    source: 'https://www.chouyi.tv/nl/help/okx-to-adjust-position-tiers-of-perpetual-swaps-and-futures-2023-06-09',
    retrieved: '2023-06-09',
    note:
      'OKX announcement "OKX to adjust position tiers of perpetual swaps and futures" (2023-06-09, effective 2023-06-15; read from a mirror of ' +
      'okx.com/help): BTCUSD perpetual tiers 1-3 (2,000 / 5,000 / 20,000 contracts at 0.40 / 0.50 / 0.75 %) and from tier 4 "increase by ' +
      '20,000 conts" and 0.5 % per tier. The same rows are in a 2026-08-31 OKX (demo) position-tiers answer to tier 40, where this table ' +
      'stops (760,000 contracts = 76 M USD); OKX production has since raised the initial margin of tier 1 (1 %, 100x).',
    // Tiers 4-40 written out from the announcement's rule.
    sizeTiers: [
      row(0, 2000, 0.004, 0.008, 125), // 1
      row(2000.1, 5000, 0.005, 0.01, 100), // 2
      row(5000.1, 20000, 0.0075, 0.015, 66.66), // 3
      row(20000.1, 40000, 0.0125, 0.02, 50), // 4
      row(40000.1, 60000, 0.0175, 0.025, 40), // 5
      row(60000.1, 80000, 0.0225, 0.03, 33.33), // 6
      row(80000.1, 100000, 0.0275, 0.035, 28.57), // 7
      row(100000.1, 120000, 0.0325, 0.04, 25), // 8
      row(120000.1, 140000, 0.0375, 0.045, 22.22), // 9
      row(140000.1, 160000, 0.0425, 0.05, 20), // 10
      row(160000.1, 180000, 0.0475, 0.055, 18.18), // 11
      row(180000.1, 200000, 0.0525, 0.06, 16.66), // 12
      row(200000.1, 220000, 0.0575, 0.065, 15.38), // 13
      row(220000.1, 240000, 0.0625, 0.07, 14.28), // 14
      row(240000.1, 260000, 0.0675, 0.075, 13.33), // 15
      row(260000.1, 280000, 0.0725, 0.08, 12.5), // 16
      row(280000.1, 300000, 0.0775, 0.085, 11.76), // 17
      row(300000.1, 320000, 0.0825, 0.09, 11.11), // 18
      row(320000.1, 340000, 0.0875, 0.095, 10.52), // 19
      row(340000.1, 360000, 0.0925, 0.1, 10), // 20
      row(360000.1, 380000, 0.0975, 0.105, 9.52), // 21
      row(380000.1, 400000, 0.1025, 0.11, 9.09), // 22
      row(400000.1, 420000, 0.1075, 0.115, 8.69), // 23
      row(420000.1, 440000, 0.1125, 0.12, 8.33), // 24
      row(440000.1, 460000, 0.1175, 0.125, 8), // 25
      row(460000.1, 480000, 0.1225, 0.13, 7.69), // 26
      row(480000.1, 500000, 0.1275, 0.135, 7.4), // 27
      row(500000.1, 520000, 0.1325, 0.14, 7.14), // 28
      row(520000.1, 540000, 0.1375, 0.145, 6.89), // 29
      row(540000.1, 560000, 0.1425, 0.15, 6.66), // 30
      row(560000.1, 580000, 0.1475, 0.155, 6.45), // 31
      row(580000.1, 600000, 0.1525, 0.16, 6.25), // 32
      row(600000.1, 620000, 0.1575, 0.165, 6.06), // 33
      row(620000.1, 640000, 0.1625, 0.17, 5.88), // 34
      row(640000.1, 660000, 0.1675, 0.175, 5.71), // 35
      row(660000.1, 680000, 0.1725, 0.18, 5.55), // 36
      row(680000.1, 700000, 0.1775, 0.185, 5.4), // 37
      row(700000.1, 720000, 0.1825, 0.19, 5.26), // 38
      row(720000.1, 740000, 0.1875, 0.195, 5.12), // 39
      row(740000.1, 760000, 0.1925, 0.2, 5), // 40
    ],
  },
];

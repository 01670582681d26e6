/**
 * A large, valid Cascade JSON book for the kill test and the benchmarks: `positions` positions
 * spread over 10 hedge-mode accounts (a long and a short per symbol), deterministic.
 */
export function bigBookJson(positions: number, seed = 1): string {
  const accounts = Array.from({ length: 10 }, (_, a) => ({
    name: `Bulk ${a}`,
    venue: 'generic',
    marginMode: a % 2 === 0 ? 'cross' : 'isolated',
    positionMode: 'hedge',
    walletBalance: 100_000 + a,
    positions: [] as unknown[],
  }));
  let x = seed;
  const rand = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < positions; i++) {
    const account = accounts[i % 10]!;
    const n = Math.floor(i / 10);
    account.positions.push({
      symbol: `S${Math.floor(n / 2)}USDT`,
      side: n % 2 === 0 ? 'long' : 'short',
      contract: 'linear',
      quantity: Math.round(rand() * 1e6) / 1e4 + 0.001,
      entryPrice: Math.round(rand() * 1e8) / 1e4 + 1,
      leverage: 1 + Math.floor(rand() * 50),
      mmr: 0.005,
      notes: i % 7 === 0 ? `bulk note ${i}` : undefined,
    });
  }
  return JSON.stringify({ version: 1, accounts, prices: { S0USDT: 123.45 } });
}

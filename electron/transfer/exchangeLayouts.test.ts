import { describe, expect, it } from 'vitest';
import { binancePositions, bybitPositions, detectExchangeLayout } from './exchangeLayouts';

const getter = (row: Record<string, string>) => (key: string) => row[key];

describe('exchange position layouts', () => {
  it('detects each layout by its API field names, case-insensitively', () => {
    expect(detectExchangeLayout(['Symbol', 'PositionAmt', 'EntryPrice', 'markPrice'])?.id).toBe('binance-positions');
    expect(detectExchangeLayout(['symbol', 'side', 'size', 'avgPrice'])?.id).toBe('bybit-positions');
    expect(detectExchangeLayout(['account', 'symbol', 'side', 'quantity', 'entry_price'])).toBeUndefined();
  });

  it('Binance hedge mode: positionSide names the leg, the amount sign does not matter; isolated margin from isolatedWallet', () => {
    const short = binancePositions.convert(
      getter({
        symbol: 'ETHUSDT',
        positionamt: '-2',
        entryprice: '3000',
        positionside: 'SHORT',
        margintype: 'isolated',
        isolatedwallet: '600',
        isolatedmargin: '650',
      }),
    );
    expect(short).toMatchObject({
      side: 'short',
      quantity: '2',
      position_mode: 'hedge',
      margin_mode: 'isolated',
      isolated_margin: '600',
    });
    const long = binancePositions.convert(
      getter({
        symbol: 'ETHUSDT',
        positionamt: '1.5',
        entryprice: '3000',
        positionside: 'LONG',
        margintype: 'crossed',
      }),
    );
    expect(long).toMatchObject({ side: 'long', quantity: '1.5', margin_mode: 'cross' });
    expect(binancePositions.convert(getter({ symbol: 'X', positionamt: '0.000', entryprice: '0' }))).toBeNull();
  });

  it('Bybit: Buy/Sell sides, inverse USD symbols, zero TP/SL mean none, flat rows skipped', () => {
    const inverse = bybitPositions.convert(
      getter({
        symbol: 'BTCUSD',
        side: 'Sell',
        size: '1000',
        avgprice: '60000',
        trademode: '0',
        positionidx: '0',
        stoploss: '0',
      }),
    );
    expect(inverse).toMatchObject({
      side: 'short',
      contract: 'inverse',
      margin_mode: 'cross',
      position_mode: 'one-way',
      stop_loss: undefined,
    });
    expect(
      bybitPositions.convert(getter({ symbol: 'BTCUSDH26', side: 'Buy', size: '5', avgprice: '1' }))!.contract,
    ).toBe('inverse');
    expect(bybitPositions.convert(getter({ symbol: 'BTCUSDT', side: 'Buy', size: '5', avgprice: '1' }))!.contract).toBe(
      'linear',
    );
    expect(bybitPositions.convert(getter({ symbol: 'BTCPERP', side: 'Buy', size: '5', avgprice: '1' }))!.contract).toBe(
      'linear',
    );
    expect(bybitPositions.convert(getter({ symbol: 'ETHUSDT', side: '', size: '0', avgprice: '0' }))).toBeNull();
  });
});

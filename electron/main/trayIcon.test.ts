import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_PNG_BASE64 } from './trayIcon';

describe('tray icon', () => {
  it('is build/icons/32x32.png, byte for byte', () => {
    const file = readFileSync(new URL('../../build/icons/32x32.png', import.meta.url));
    expect(Buffer.from(TRAY_ICON_PNG_BASE64, 'base64').equals(file)).toBe(true);
  });
});

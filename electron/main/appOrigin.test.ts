import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppAsset } from './appOrigin';

describe('isAppUrl', () => {
  it.each([
    ['cascade://app/index.html', true],
    ['cascade://app/', true],
    ['cascade://evil/index.html', false],
    ['file:///tmp/index.html', false],
    ['https://app/index.html', false],
    ['http://localhost:5173/', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));
});

describe('resolveAppAsset', () => {
  const root = resolve('/srv/renderer');
  it('maps the entry and assets inside the root', () => {
    expect(resolveAppAsset(root, 'cascade://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'cascade://app/assets/index-1.js')).toBe(join(root, 'assets/index-1.js'));
  });
  it.each([
    'cascade://app/../../etc/passwd',
    'cascade://app/%2e%2e/%2e%2e/etc/passwd',
    'cascade://app/assets/..%2f..%2f..%2fetc%2fpasswd',
    'cascade://app/a%00.js',
    'cascade://app/..%5c..%5cwindows',
    'cascade://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    const file = resolveAppAsset(root, url);
    if (file !== null) expect(file.startsWith(root)).toBe(true);
    else expect(file).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from './register';

function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  return { ipcMain: { handle: (name: string, fn: never) => handlers.set(name, fn) }, handlers };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('registerIpc', () => {
  it('registers every channel and forwards calls from the app page', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 42 }));
    registerIpc(ipcMain as never, ['app:info', 'positions:list'], dispatch);
    expect([...handlers.keys()]).toEqual(['app:info', 'positions:list']);
    await expect(handlers.get('app:info')!(frame('cascade://app/index.html'), {})).resolves.toEqual({
      ok: true,
      value: 42,
    });
    expect(dispatch).toHaveBeenCalledWith('app:info', {});
  });

  it.each([
    ['a remote page', frame('https://evil.example/')],
    ['a file:// page', frame('file:///tmp/index.html')],
    ['a sub-frame of the app', frame('cascade://app/index.html', { url: 'cascade://app/' })],
    ['no frame (destroyed)', { senderFrame: null }],
  ])('refuses %s without dispatching', async (_label, event) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn();
    const log = vi.fn();
    registerIpc(ipcMain as never, ['app:info'], dispatch, log);
    const result = (await handlers.get('app:info')!(event, {})) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });
});

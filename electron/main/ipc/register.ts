import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { IpcResult } from '@shared/ipc/errors';
import { isAppUrl } from '../appOrigin';

/** A message is trusted only from the app's own top-level page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent) return false; // no sub-frames
  return isAppUrl(frame.url);
}

/**
 * Registers one `ipcMain.handle` per channel. Every call is checked for its sender before the
 * payload is even parsed; the dispatcher does the rest and never throws.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  names: readonly string[],
  dispatch: (channel: string, request: unknown) => Promise<IpcResult<unknown>>,
  log: (message: string) => void = () => {},
): void {
  for (const name of names) {
    ipcMain.handle(name, async (event, request: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) {
        log(`refused ${name} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return {
          ok: false,
          error: { code: 'forbidden', message: `${name} refused: the sender is not the Cascade window` },
        };
      }
      return dispatch(name, request);
    });
  }
}

import { dispatch } from '@electron/core/dispatch';
import type { TempDb } from './tempDb';

/** A CLI io that records what a command printed: `out` and `err` lines, in order. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** Calls a channel through the real dispatcher (for seeding a test database); throws its message if it fails. */
export async function dispatchOk(t: TempDb, channel: string, req: unknown): Promise<{ id: string }> {
  const r = await dispatch(t.ctx, channel, req);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: string };
}

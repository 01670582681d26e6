import type { z } from 'zod';
import { channels } from '@shared/ipc/channels';
import { flattenChannels, type ChannelDef } from '@shared/ipc/contract';
import { CascadeUserError, formatPath } from '@shared/errors';
import { type IpcResult } from '@shared/ipc/errors';
import type { HandlerContext } from './context';
import { handlers } from './handlers';

type AnyHandler = (ctx: HandlerContext, request: unknown) => unknown;

const registry = flattenChannels(channels);

/** Wire names of every channel, for registration. */
export function channelNames(): string[] {
  return [...registry.keys()];
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Runs one IPC call: validates the request against the channel's schema, calls the plain
 * handler and checks its response. It never throws: every outcome is an {@link IpcResult}.
 * Electron's ipcMain, the E2E bridge and the CLI are only transports around this function.
 */
export async function dispatch(ctx: HandlerContext, channel: string, raw: unknown): Promise<IpcResult<unknown>> {
  const def: ChannelDef | undefined = registry.get(channel);
  const handler = (handlers as Record<string, AnyHandler>)[channel];
  if (!def || !handler) {
    return { ok: false, error: { code: 'unknown-channel', message: `unknown IPC channel "${channel}"` } };
  }
  const parsed = def.request.safeParse(raw);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const first = issues[0];
    const where = first && first.path ? `${first.path}: ` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `invalid ${channel} request: ${where}${first?.message ?? 'malformed'}`,
        issues,
      },
    };
  }
  try {
    const value = await handler(ctx, parsed.data);
    const checked = def.response.safeParse(value);
    if (!checked.success) {
      const issues = issuesOf(checked.error);
      return { ok: false, error: { code: 'internal', message: `${channel} produced an invalid response`, issues } };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof CascadeUserError) {
      return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}

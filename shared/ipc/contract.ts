import type { z } from 'zod';
import type { IpcResult } from './errors';

/** One IPC channel: its wire name and the zod schemas of its request and response. */
export interface ChannelDef<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
  Name extends string = string,
> {
  readonly channel: Name;
  readonly request: Req;
  readonly response: Res;
}

/** Declares a channel. `name` is the wire name, e.g. `positions:list`. */
export function defineChannel<Name extends string, Req extends z.ZodType, Res extends z.ZodType>(
  channel: Name,
  request: Req,
  response: Res,
): ChannelDef<Req, Res, Name> {
  return { channel, request, response };
}

/** A tree of channels; its shape is the shape of `window.cascade`. */
export interface ChannelTree {
  readonly [key: string]: ChannelDef | ChannelTree;
}

type Method<D> =
  D extends ChannelDef<infer Req, infer Res>
    ? {} extends z.input<Req>
      ? (request?: z.input<Req>) => Promise<IpcResult<z.output<Res>>>
      : (request: z.input<Req>) => Promise<IpcResult<z.output<Res>>>
    : never;

/** The renderer-facing API generated from a channel tree (`cascade.positions.list()` …). */
export type ApiOf<T> = {
  readonly [K in keyof T]: T[K] extends ChannelDef ? Method<T[K]> : ApiOf<T[K]>;
};

/** Every channel definition in a tree, as a union. */
export type ChannelsOf<T> = {
  [K in keyof T]: T[K] extends ChannelDef ? T[K] : ChannelsOf<T[K]>;
}[keyof T];

/**
 * The handler map main must provide for a tree: one plain function per wire name,
 * `(ctx, request) => response`, where the request is already validated.
 */
export type HandlersOf<T, Ctx> = {
  [D in ChannelsOf<T> & ChannelDef as D['channel']]: (
    ctx: Ctx,
    request: z.output<D['request']>,
  ) => z.input<D['response']> | Promise<z.input<D['response']>>;
};

/** True when a tree node is a channel (a leaf) rather than a group. */
export function isChannelDef(node: ChannelDef | ChannelTree): node is ChannelDef {
  return typeof (node as ChannelDef).channel === 'string' && 'request' in node && 'response' in node;
}

/** Every channel of a tree, keyed by wire name. Throws on a duplicate name (a contract bug). */
export function flattenChannels(tree: ChannelTree): Map<string, ChannelDef> {
  const out = new Map<string, ChannelDef>();
  const walk = (node: ChannelTree): void => {
    for (const child of Object.values(node)) {
      if (isChannelDef(child)) {
        if (out.has(child.channel)) throw new Error(`duplicate IPC channel ${child.channel}`);
        out.set(child.channel, child);
      } else walk(child);
    }
  };
  walk(tree);
  return out;
}

/**
 * Builds the API object for a tree, calling `invoke(channel, request)` for each method.
 * The preload uses it with `ipcRenderer.invoke`; tests and the E2E bridge use other transports.
 */
export function buildApi<T extends ChannelTree>(
  tree: T,
  invoke: (channel: string, request: unknown) => Promise<IpcResult<unknown>>,
): ApiOf<T> {
  const build = (node: ChannelTree): Record<string, unknown> => {
    const api: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      api[key] = isChannelDef(child) ? (request?: unknown) => invoke(child.channel, request ?? {}) : build(child);
    }
    return api;
  };
  return build(tree) as ApiOf<T>;
}

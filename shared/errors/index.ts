/**
 * Errors that reach the user: a handler, a repository or an importer throws a
 * {@link CascadeUserError} to say something in the trader's words ("account 7 does not exist");
 * whoever carries the call (the IPC dispatcher, the CLI) turns it into its own reply.
 */

/** Why a call failed. */
export type IpcErrorCode =
  /** The channel name is not in the contract. */
  | 'unknown-channel'
  /** The message did not come from the app's own page. */
  | 'forbidden'
  /** The request did not match the channel's zod schema. Nothing was written. */
  | 'invalid-request'
  /** The request was well-formed but the user's data makes it impossible (e.g. unknown account). */
  | 'user'
  /** A referenced record does not exist. */
  | 'not-found'
  /** A bug or an I/O failure in main. Nothing was written (the transaction rolled back). */
  | 'internal';

/** One problem with one field, e.g. `{ path: 'positions[2].entryPrice', message: 'expected a number' }`. */
export interface IpcIssue {
  path: string;
  message: string;
}

/**
 * An error a handler throws on purpose to tell the user something ("account 7 does not exist").
 * The dispatcher turns it into `{ ok: false, error: { code, message, issues } }`.
 */
export class CascadeUserError extends Error {
  readonly code: IpcErrorCode;
  readonly issues?: IpcIssue[];
  constructor(message: string, options: { code?: IpcErrorCode; issues?: IpcIssue[] } = {}) {
    super(message);
    this.name = 'CascadeUserError';
    this.code = options.code ?? 'user';
    this.issues = options.issues;
  }
}

/** Formats a zod-style path (`['positions', 2, 'entryPrice']`) as `positions[2].entryPrice`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

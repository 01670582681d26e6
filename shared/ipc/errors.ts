/**
 * How errors cross the IPC boundary. Main never throws across IPC: every call resolves with a
 * {@link IpcResult}, so the renderer can show a readable message and the field it is about.
 */
import type { IpcErrorCode, IpcIssue } from '../errors';

export type { IpcErrorCode, IpcIssue } from '../errors';

/** The error half of an {@link IpcResult}. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues?: IpcIssue[];
}

/** What every IPC call resolves with. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

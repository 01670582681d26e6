import type { HandlerContext } from '../core/context';

/** Where a command writes; injected so tests capture output without spawning. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** One `cascade <name>` command. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code. Throw {@link CliUserError} for a user error (exit 1). */
  run: (args: string[], ctx: () => HandlerContext, io: CliIo) => number | Promise<number>;
}

/** A mistake in the command line or the data (exit code 1, message on stderr). */
export class CliUserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUserError';
  }
}

import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/open';
import { DB_FILE_NAME } from '../db/paths';
import type { HandlerContext } from '../core/context';
import { commands } from './commands';
import { CliUserError, type CliIo } from './types';
import { packageVersion } from './version';

/** Electron's userData folder for "Cascade" on each platform, so the CLI finds the app's book. */
export function defaultUserDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Cascade');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Cascade');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Cascade');
}

/** Takes `--db FILE` out of the arguments; falls back to CASCADE_DB, then the app's default. */
export function extractDbPath(args: string[], env = process.env): { dbPath: string; rest: string[] } {
  const rest = [...args];
  const at = rest.indexOf('--db');
  if (at >= 0) {
    const value = rest[at + 1];
    if (!value || value.startsWith('--')) throw new CliUserError('--db needs a file path');
    rest.splice(at, 2);
    return { dbPath: value, rest };
  }
  return { dbPath: env.CASCADE_DB ?? join(defaultUserDataDir(), DB_FILE_NAME), rest };
}

function help(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`);
  return ['usage: cascade <command> [options] [--db FILE]', '', ...lines].join('\n');
}

/**
 * Runs the CLI and returns its exit code: 0 ok, 1 user error (message on stderr), 2 internal.
 * The database opens lazily, so `--help` works without one.
 */
export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  let db: Database | undefined;
  try {
    const { dbPath, rest } = extractDbPath(argv, env);
    const [name, ...args] = rest;
    if (!name || name === '--help' || name === 'help') {
      io.out(help());
      return name ? 0 : 1;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new CliUserError(`unknown command "${name}"\n${help()}`);
    let ctx: HandlerContext | undefined;
    const getCtx = (): HandlerContext => {
      if (!ctx) {
        db = openDatabase(dbPath);
        ctx = { db, dbPath, version: packageVersion(), now: () => new Date() };
      }
      return ctx;
    };
    return await command.run(args, getCtx, io);
  } catch (error) {
    if (
      error instanceof CliUserError ||
      (error instanceof Error && /^(CorruptDatabaseError|NewerSchemaError|CascadeUserError)$/.test(error.name))
    ) {
      io.err(`cascade: ${error.message}`);
      return 1;
    }
    io.err(`cascade: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  } finally {
    db?.close();
  }
}

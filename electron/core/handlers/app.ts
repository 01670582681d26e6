import { readSchemaVersion } from '../../db/migrate';
import type { HandlerContext } from '../context';

/** `app:info` */
export function appInfo(ctx: HandlerContext): { version: string; dbPath: string; schemaVersion: number } {
  return { version: ctx.version, dbPath: ctx.dbPath, schemaVersion: readSchemaVersion(ctx.db) };
}

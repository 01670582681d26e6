/**
 * Child process of the kill test: opens the database, reads and plans the import (read-only),
 * prints "writing" just before the one write transaction, then "done". The parent SIGKILLs it
 * at a random moment. Usage: node importChild.mjs DB JSON NOW (bundled by kill.test.ts)
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '@electron/db/open';
import { applyImport } from '@electron/transfer/apply';
import { prepareImport } from '@electron/transfer';

const [dbPath, jsonPath, now] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbPath, { backups: false });
const prepared = prepareImport(db, { format: 'json', text: readFileSync(jsonPath, 'utf8') });
if (!prepared.ok) throw new Error(prepared.summary.errors[0]?.message);
// stdout to a pipe is synchronous on Linux: the parent sees this line before the first write.
process.stdout.write(`writing ${performance.now()}\n`);
const start = performance.now();
applyImport(db, prepared.plan, now);
process.stdout.write(`done ${performance.now() - start}\n`);
db.close();

/**
 * Ordered schema migrations. Migration i brings `PRAGMA user_version` from i to i + 1.
 * Never edit a migration once released; append a new one.
 */
export const migrations: readonly string[] = [
  // 1: settings (key/value JSON; each key has a zod schema in shared/).
  `CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL CHECK (json_valid(value))
   ) STRICT;`,
];

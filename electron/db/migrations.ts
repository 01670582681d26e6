import type { Database } from 'better-sqlite3';

/**
 * Ordered schema migrations. The migration with `version` N brings `PRAGMA user_version` from
 * N − 1 to N; each runs in one transaction (see migrate.ts). Never edit a migration once released;
 * append a new one with the next version (CONTRIBUTING.md, "Add a migration").
 *
 * Conventions: every table is STRICT; ids are INTEGER PRIMARY KEY (sent over IPC as decimal
 * strings); times are ISO 8601 UTC text; money, prices and quantities are REAL (IEEE-754
 * doubles, 15–17 significant digits — see docs/storage.md, "Precision: why REAL", for why that is enough); enums are
 * guarded by CHECK constraints only where the set is closed (side, contract, margin mode), venue
 * ids are validated by the engine's zod schema so a new venue needs no migration.
 */
export interface Migration {
  /** The schema version the file has after this migration: 1, 2, 3, … in order. */
  version: number;
  /** What it changes, in a few words. */
  name: string;
  /** SQL, or code for a change SQL alone cannot make; runs inside the migration's transaction. */
  up: string | ((db: Database) => void);
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'the first release schema',
    up: `
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
  ) STRICT;

  CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    venue          TEXT NOT NULL,
    margin_mode    TEXT NOT NULL CHECK (margin_mode IN ('isolated', 'cross')),
    position_mode  TEXT CHECK (position_mode IN ('one-way', 'hedge')),
    wallet_balance REAL NOT NULL,
    taker_fee_rate REAL CHECK (taker_fee_rate >= 0 AND taker_fee_rate <= 0.1),
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
  ) STRICT;

  CREATE TABLE positions (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    symbol             TEXT NOT NULL CHECK (length(symbol) > 0),
    side               TEXT NOT NULL CHECK (side IN ('long', 'short')),
    contract           TEXT NOT NULL CHECK (contract IN ('linear', 'inverse')),
    quantity           REAL NOT NULL CHECK (quantity > 0),
    contract_size      REAL CHECK (contract_size > 0),
    entry_price        REAL NOT NULL CHECK (entry_price > 0),
    leverage           REAL CHECK (leverage > 0),
    isolated_margin    REAL CHECK (isolated_margin >= 0),
    -- per-position maintenance tiers as JSON; Infinity is stored as null (JSON has no Infinity)
    tiers              TEXT CHECK (tiers IS NULL OR json_valid(tiers)),
    mmr                REAL CHECK (mmr >= 0 AND mmr < 1),
    maintenance_amount REAL CHECK (maintenance_amount >= 0),
    max_leverage       REAL CHECK (max_leverage > 0),
    tick_size          REAL CHECK (tick_size > 0),
    stop_loss          REAL CHECK (stop_loss > 0),
    take_profit        REAL CHECK (take_profit > 0),
    opened_at          TEXT,
    notes              TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    -- the natural key: re-importing a file updates instead of duplicating
    UNIQUE (account_id, symbol, side)
  ) STRICT;

  -- user-supplied maintenance tiers for a venue + symbol the engine ships no table for
  CREATE TABLE tier_overrides (
    venue      TEXT NOT NULL,
    symbol     TEXT NOT NULL,
    tiers      TEXT NOT NULL CHECK (json_valid(tiers)),
    source     TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (venue, symbol)
  ) STRICT;

  CREATE TABLE prices (
    id     INTEGER PRIMARY KEY,
    symbol TEXT NOT NULL CHECK (length(symbol) > 0),
    mark   REAL NOT NULL CHECK (mark > 0),
    source TEXT NOT NULL CHECK (source IN ('manual', 'feed')),
    at     TEXT NOT NULL
  ) STRICT;
  -- latest price per symbol = max(id) per symbol; history by symbol in insertion order
  CREATE INDEX prices_by_symbol ON prices (symbol, id);

  CREATE TABLE scenarios (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    payload    TEXT NOT NULL CHECK (json_valid(payload)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE alert_rules (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    position_id INTEGER REFERENCES positions (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL CHECK (json_valid(payload)),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX alert_rules_by_account ON alert_rules (account_id);
  CREATE INDEX alert_rules_by_position ON alert_rules (position_id);

  CREATE TABLE alert_history (
    id      INTEGER PRIMARY KEY,
    rule_id INTEGER REFERENCES alert_rules (id) ON DELETE SET NULL,
    at      TEXT NOT NULL,
    message TEXT NOT NULL,
    payload TEXT CHECK (payload IS NULL OR json_valid(payload))
  ) STRICT;
  CREATE INDEX alert_history_by_time ON alert_history (at);
  CREATE INDEX alert_history_by_rule ON alert_history (rule_id);

  -- CSV column mappings the user chose, keyed by a signature of the file's header
  CREATE TABLE import_mappings (
    signature  TEXT PRIMARY KEY,
    header     TEXT NOT NULL CHECK (json_valid(header)),
    mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
    updated_at TEXT NOT NULL
  ) STRICT;
  `,
  },
  {
    version: 2,
    name: 'alert history can be acknowledged',
    up: `
  ALTER TABLE alert_history ADD COLUMN acknowledged_at TEXT;
  CREATE INDEX alert_history_unacknowledged ON alert_history (id) WHERE acknowledged_at IS NULL;
  `,
  },
];

/** Runs one migration's change (without the transaction or the version bump: see migrate.ts). */
export function applyMigration(db: Database, migration: Migration): void {
  if (typeof migration.up === 'string') db.exec(migration.up);
  else migration.up(db);
}

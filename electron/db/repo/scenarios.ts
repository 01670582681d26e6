import type { Database } from 'better-sqlite3';
import type { Scenario } from '@shared/stress/scenario';
import { stmt } from '../statements';

export interface ScenarioRow {
  id: string;
  name: string;
  payload: Scenario;
  createdAt: string;
  updatedAt: string;
}

interface Rec {
  id: number;
  name: string;
  payload: string;
  created_at: string;
  updated_at: string;
}

const toRow = (r: Rec): ScenarioRow => ({
  id: String(r.id),
  name: r.name,
  payload: JSON.parse(r.payload) as Scenario,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listScenarios(db: Database): ScenarioRow[] {
  return (stmt(db, 'SELECT * FROM scenarios ORDER BY name COLLATE NOCASE, id').all() as Rec[]).map(toRow);
}

export function getScenario(db: Database, id: number): ScenarioRow | undefined {
  const r = stmt(db, 'SELECT * FROM scenarios WHERE id = ?').get(id) as Rec | undefined;
  return r && toRow(r);
}

export function insertScenario(db: Database, name: string, payload: unknown, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO scenarios (name, payload, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      name,
      JSON.stringify(payload),
      now,
      now,
    ).lastInsertRowid,
  );
}

export function updateScenario(db: Database, id: number, name: string, payload: unknown, now: string): boolean {
  return (
    stmt(db, 'UPDATE scenarios SET name = ?, payload = ?, updated_at = ? WHERE id = ?').run(
      name,
      JSON.stringify(payload),
      now,
      id,
    ).changes > 0
  );
}

export function deleteScenario(db: Database, id: number): boolean {
  return stmt(db, 'DELETE FROM scenarios WHERE id = ?').run(id).changes > 0;
}

import { CascadeUserError } from '@shared/errors';

/** Runs a write and turns SQLite's constraint failures into messages a user can act on. */
export function withConstraintMessages<T>(write: () => T, messages: { unique?: string; foreignKey?: string }): T {
  try {
    return write();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      if (messages.unique) throw new CascadeUserError(messages.unique);
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' && messages.foreignKey) {
      throw new CascadeUserError(messages.foreignKey, { code: 'not-found' });
    }
    throw error;
  }
}

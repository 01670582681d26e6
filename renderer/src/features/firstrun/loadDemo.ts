import demoText from './demo-book.json?raw';
import type { CascadeApi } from '@shared/ipc/channels';
import { callChannel, hasChannel } from '../../api/channel';

/** The demo book in Cascade's JSON import format (demo-book.json beside this file). */
export const DEMO_BOOK_JSON: string = demoText;

interface DemoDoc {
  accounts: ({ name: string; positions?: Record<string, unknown>[] } & Record<string, unknown>)[];
  prices?: Record<string, number>;
}

/**
 * Loads the demo book as ordinary data: through `import.commit` (one transaction, like any
 * import). Builds without the import channel fall back to creating the records one by one.
 */
export async function loadDemoBook(api: CascadeApi): Promise<void> {
  if (hasChannel(api, ['import', 'commit'])) {
    const summary = await callChannel<{ errors: { row: number | null; column: string | null; message: string }[] }>(
      api,
      ['import', 'commit'],
      {
        format: 'json',
        text: DEMO_BOOK_JSON,
      },
    );
    if (summary.errors.length > 0) throw new Error(`the demo book did not import: ${summary.errors[0].message}`);
    return;
  }
  const doc = JSON.parse(DEMO_BOOK_JSON) as DemoDoc;
  for (const { positions = [], ...account } of doc.accounts) {
    const saved = await callChannel<{ id: string }>(api, ['accounts', 'upsert'], account);
    for (const p of positions) await callChannel(api, ['positions', 'upsert'], { ...p, accountId: saved.id });
  }
  for (const [symbol, mark] of Object.entries(doc.prices ?? {}))
    await callChannel(api, ['prices', 'set'], { symbol, mark });
}

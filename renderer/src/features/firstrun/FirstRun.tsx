import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/cascade';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { loadDemoBook } from './loadDemo';

/** Shown while the database holds no account: start empty, or load the demo book. */
export function FirstRun({ onStartEmpty, onLoaded }: { onStartEmpty: () => void; onLoaded: () => void }) {
  const api = useApi();
  const client = useQueryClient();
  const demo = useMutation({
    mutationFn: () => loadDemoBook(api),
    onSuccess: async () => {
      await client.invalidateQueries();
      onLoaded();
    },
  });
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Welcome to Cascade</h2>
      <p>
        Cascade computes each position’s liquidation price the way your exchange does, shows how a crash would cascade
        through your accounts, and warns before the exchange acts. Everything stays on this computer.
      </p>
      <p className="muted">
        Your book is empty. Start with your own accounts, or load a demo book: four accounts (Binance cross and
        isolated, a COIN-M inverse position, Hyperliquid) holding BTC, ETH, SOL and DOGE on the eve of a crash, with BTC
        at $126k. It is ordinary data: delete it whenever you like.
      </p>
      <div className="choices">
        <Button variant="primary" onClick={() => demo.mutate()} disabled={demo.isPending}>
          {demo.isPending ? 'Loading the demo…' : 'Load a demo book'}
        </Button>
        <Button onClick={onStartEmpty}>Start empty</Button>
      </div>
      <ErrorMessage error={demo.error} title="Could not load the demo" />
    </section>
  );
}

/**
 * Bounds the rate of updates sent to the renderer: ticks are collected per key (latest wins) and
 * flushed at most once per `intervalMs` (100 ms → at most 10 batches per second), however fast
 * the feeds are. The first tick after a quiet period is flushed without waiting.
 */
export class Coalescer<T> {
  private pending = new Map<string, T>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = -Infinity;

  constructor(
    private readonly flush: (batch: T[]) => void,
    private readonly intervalMs = 100,
    private readonly now: () => number = Date.now,
  ) {}

  /** Adds (or replaces) the pending value for `key`. */
  push(key: string, value: T): void {
    this.pending.set(key, value);
    if (this.timer) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.drain(), wait);
  }

  /** Drops pending values and the timer. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private drain(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.lastFlush = this.now();
    this.flush(batch);
  }
}

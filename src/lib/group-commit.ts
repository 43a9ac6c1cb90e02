// Group commit: items that arrive while a write is in flight go together in the next one, so a
// burst of requests costs one statement and one commit instead of one each. An idle writer waits
// only for the requests already read in this turn of the event loop (setImmediate), never for a
// timer, so a quiet system sees no added latency. That turn matters for an embedded database that
// runs its statement on this thread: without it, each request would start a write alone.

type Pending<I, O> = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void };

export interface GroupCommitOptions {
  /** Batches written at the same time; one keeps the database's work per item lowest. */
  maxInFlight?: number;
  /** Items in one batch at most. */
  maxBatch?: number;
  /**
   * While a batch is in flight, the next starts only once this many items wait; fewer go when the
   * writer is idle again. Extra batches then carry more items each, which costs the database less
   * per item, yet still overlap with the first one's commit.
   */
  minBatchWhileBusy?: number;
}

export interface GroupCommitStats { batches: number; items: number; retriedAlone: number }

export class GroupCommit<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private readonly minBatchWhileBusy: number;
  private readonly counts: GroupCommitStats = { batches: 0, items: 0, retriedAlone: 0 };

  /**
   * `writeAll` writes a batch atomically and answers per item, in order. When it fails, each item
   * is written again on its own with `writeOne`, so one bad item (or a deadlock) fails only itself.
   * `writeOne` must be safe to repeat (client-made ids make it so): a connection lost after the
   * commit leaves the batch written.
   */
  constructor(
    private readonly writeAll: (items: I[]) => Promise<O[]>,
    private readonly writeOne: (item: I) => Promise<O>,
    opts: GroupCommitOptions = {},
  ) {
    this.maxInFlight = opts.maxInFlight ?? 1;
    this.maxBatch = opts.maxBatch ?? 64;
    this.minBatchWhileBusy = opts.minBatchWhileBusy ?? 1;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.scheduled || this.inFlight >= this.maxInFlight) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.pump();
      });
    });
  }

  /** Batches and items written so far, and items written alone after their batch failed. */
  stats(): GroupCommitStats {
    return { ...this.counts };
  }

  private pump() {
    while (this.inFlight < this.maxInFlight && this.queue.length) {
      if (this.inFlight > 0 && this.queue.length < this.minBatchWhileBusy) return;
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.write(batch);
    }
  }

  /** Writes a batch and answers its items; never rejects (each item gets its own outcome). */
  private async write(batch: Pending<I, O>[]) {
    this.counts.batches++;
    this.counts.items += batch.length;
    let answer: () => void;
    try {
      if (batch.length === 1) {
        const [p] = batch as [Pending<I, O>];
        const out = await this.writeOne(p.item);
        answer = () => p.resolve(out);
      } else {
        const outs = await this.writeAll(batch.map((p) => p.item));
        answer = () => batch.forEach((p, i) => p.resolve(outs[i]!));
      }
    } catch (e) {
      if (batch.length === 1) {
        answer = () => batch[0]!.reject(e);
      } else {
        this.counts.retriedAlone += batch.length;
        const alone = await Promise.allSettled(batch.map((p) => this.writeOne(p.item)));
        answer = () => alone.forEach((r, i) => (r.status === 'fulfilled' ? batch[i]!.resolve(r.value) : batch[i]!.reject(r.reason)));
      }
    }
    // The slot is freed before answering: the next batch goes to the database while these
    // answers are turned into responses, instead of after.
    this.inFlight--;
    this.pump();
    answer();
  }
}

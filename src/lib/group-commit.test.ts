import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

/** A writer whose writes finish only when the test says so, recording what each write held. */
function controlledWriter(fail: (items: number[]) => boolean = () => false) {
  const writes: { kind: 'all' | 'one'; items: number[]; done: () => void }[] = [];
  let open = 0; let maxOpen = 0;
  const write = (kind: 'all' | 'one', items: number[]) => new Promise<number[]>((resolve, reject) => {
    open++; maxOpen = Math.max(maxOpen, open);
    writes.push({ kind, items, done: () => { open--; if (fail(items)) reject(new Error(`bad ${items.join(',')}`)); else resolve(items.map((i) => i * 10)); } });
  });
  return {
    writes,
    maxOpen: () => maxOpen,
    writeAll: (items: number[]) => write('all', items),
    writeOne: async (item: number) => (await write('one', [item]))[0]!,
  };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('writes a lone item on its own, in the same turn of the event loop', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit(w.writeAll, w.writeOne);
    const p = gc.submit(7);
    expect(w.writes).toHaveLength(0);
    await flush();
    expect(w.writes.map((x) => [x.kind, x.items])).toEqual([['one', [7]]]);
    w.writes[0]!.done();
    expect(await p).toBe(70);
  });

  it('sends items submitted in the same turn together, even with nothing in flight', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit(w.writeAll, w.writeOne);
    const three = Promise.all([4, 5, 6].map((i) => gc.submit(i)));
    await flush();
    expect(w.writes.map((x) => [x.kind, x.items])).toEqual([['all', [4, 5, 6]]]);
    w.writes[0]!.done();
    expect(await three).toEqual([40, 50, 60]);
  });

  it('gathers what arrives in the same turn, and during a write, into one write each, answering each in order', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit(w.writeAll, w.writeOne);
    const first = gc.submit(1);
    await flush();
    const rest = [2, 3, 4, 5].map((i) => gc.submit(i));
    expect(w.writes).toHaveLength(1);
    w.writes[0]!.done();
    await first;
    await flush();
    expect(w.writes.map((x) => [x.kind, x.items])).toEqual([['one', [1]], ['all', [2, 3, 4, 5]]]);
    w.writes[1]!.done();
    expect(await Promise.all(rest)).toEqual([20, 30, 40, 50]);
    expect(gc.stats()).toEqual({ batches: 2, items: 5, retriedAlone: 0 });
  });

  it('keeps to maxInFlight and maxBatch', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit(w.writeAll, w.writeOne, { maxInFlight: 2, maxBatch: 3 });
    const first = [gc.submit(0)];
    await flush();
    first.push(gc.submit(1));
    await flush();
    const all = Promise.all([...first, ...Array.from({ length: 7 }, (_, i) => gc.submit(i + 2))]);
    // Room for two writes: the first two items went as they came, each alone.
    expect(w.writes.map((x) => x.items)).toEqual([[0], [1]]);
    for (let k = 0; k < w.writes.length; k++) {
      w.writes[k]!.done();
      await flush();
    }
    expect(await all).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80]);
    expect(w.writes.map((x) => x.items)).toEqual([[0], [1], [2, 3, 4], [5, 6, 7], [8]]);
    expect(w.maxOpen()).toBe(2);
  });

  it('with minBatchWhileBusy, opens a second write only for a full batch, and sends fewer once idle', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit(w.writeAll, w.writeOne, { maxInFlight: 2, minBatchWhileBusy: 3 });
    const first = gc.submit(0);
    await flush();
    const two = [1, 2].map((i) => gc.submit(i));
    await flush();
    // One write in flight and only two waiting: they wait rather than take the second slot alone.
    expect(w.writes.map((x) => x.items)).toEqual([[0]]);
    const three = gc.submit(3);
    await flush();
    expect(w.writes.map((x) => x.items)).toEqual([[0], [1, 2, 3]]);
    const late = gc.submit(4);
    await flush();
    expect(w.writes).toHaveLength(2);
    w.writes[0]!.done();
    await flush();
    // The first write done: the writer is not idle (the second is in flight), so 4 still waits.
    expect(w.writes).toHaveLength(2);
    w.writes[1]!.done();
    await flush();
    expect(w.writes.map((x) => x.items)).toEqual([[0], [1, 2, 3], [4]]);
    w.writes[2]!.done();
    expect(await Promise.all([first, ...two, three, late])).toEqual([0, 10, 20, 30, 40]);
  });

  it('when a batch fails, writes each item alone so only the bad one fails', async () => {
    const w = controlledWriter((items) => items.includes(3));
    const gc = new GroupCommit(w.writeAll, w.writeOne);
    const first = gc.submit(1);
    await flush();
    const rest = [2, 3, 4].map((i) => gc.submit(i).then((v) => ({ ok: v }), (e: Error) => ({ err: e.message })));
    w.writes[0]!.done();
    await first;
    await flush();
    w.writes[1]!.done(); // the batch [2, 3, 4] fails
    await flush();
    expect(w.writes.slice(2).map((x) => [x.kind, x.items])).toEqual([['one', [2]], ['one', [3]], ['one', [4]]]);
    for (const x of w.writes.slice(2)) x.done();
    expect(await Promise.all(rest)).toEqual([{ ok: 20 }, { err: 'bad 3' }, { ok: 40 }]);
    expect(gc.stats()).toEqual({ batches: 2, items: 4, retriedAlone: 3 });
  });
});

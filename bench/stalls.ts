// Where a slow request may have waited inside this process during a measured span: how late the
// event loop ran its callbacks, and the garbage collector's pauses. A p99 that a round's other
// figures do not explain is told apart from the database's by these.
import { monitorEventLoopDelay, PerformanceObserver, type EntryType } from 'node:perf_hooks';

export interface Stalls { loopP99Ms: number; loopMaxMs: number; gcMs: number; gcMaxMs: number; checkpoints?: number }

export function stallMeter() {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let gcMs = 0;
  let gcMaxMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { gcMs += e.duration; gcMaxMs = Math.max(gcMaxMs, e.duration); }
  });
  gc.observe({ entryTypes: ['gc' as EntryType] });
  return {
    stop(): Stalls {
      loop.disable();
      gc.disconnect();
      return { loopP99Ms: loop.percentile(99) / 1e6, loopMaxMs: loop.max / 1e6, gcMs, gcMaxMs };
    },
  };
}

/** "server stalls: event loop late by 1.2 ms at p99, 9.8 ms at most; GC pauses 40 ms in all, longest 6.1 ms; checkpoints 0". */
export const stallLine = (s: Stalls) =>
  `server stalls: event loop late by ${s.loopP99Ms.toFixed(1)} ms at p99, ${s.loopMaxMs.toFixed(1)} ms at most; GC pauses ${s.gcMs.toFixed(0)} ms in all, longest ${s.gcMaxMs.toFixed(1)} ms${s.checkpoints === undefined ? '' : `; checkpoints ${s.checkpoints}`}`;

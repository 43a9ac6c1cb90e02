// Sessions resolved in the last few seconds, so a burst of requests (a day's entries, a sync, a bulk
// verification) does not look the session, account and roles up on every call. A write that may
// change who someone is clears it in this process at once; other processes see it within the TTL.
export class SessionCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  constructor(private readonly ttlMs: number, private readonly max = 20_000) {}

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until > Date.now()) return e.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Kept until the TTL or the session's own expiry, whichever is first. */
  set(key: string, value: T, expiresAt: Date) {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until: Math.min(Date.now() + this.ttlMs, expiresAt.getTime()) });
  }

  clear() { this.entries.clear(); }
}

import { describe, expect, it } from 'vitest';
import { addDaysIso, todayWib } from './clock.ts';

describe('todayWib', () => {
  it('turns the date at midnight WIB (17:00 UTC), whatever was asked just before', () => {
    const before = new Date('2026-11-27T16:59:59.999Z');
    const after = new Date('2026-11-27T17:00:00.000Z');
    expect([todayWib(before), todayWib(after), todayWib(before), todayWib(after)]).toEqual(['2026-11-27', '2026-11-28', '2026-11-27', '2026-11-28']);
    expect(todayWib(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('addDaysIso', () => {
  it('moves across months, leap days and years', () => {
    expect([addDaysIso('2026-11-27', 14), addDaysIso('2028-02-28', 1), addDaysIso('2026-12-31', 1), addDaysIso('2026-03-01', -1)])
      .toEqual(['2026-12-11', '2028-02-29', '2027-01-01', '2026-02-28']);
  });
});

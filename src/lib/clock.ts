// Building an Intl formatter is costly; one is made once and reused on every request.
const WIB = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

let lastMinute = Number.NaN;
let lastDate = '';

/** Today's date in Western Indonesia time (WIB), as YYYY-MM-DD. */
export function todayWib(now = new Date()): string {
  // The date changes only on a minute boundary (WIB is a whole-hour offset): format once per minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = WIB.format(now);
    lastMinute = minute;
  }
  return lastDate;
}

/** A YYYY-MM-DD date moved by whole calendar days. */
export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

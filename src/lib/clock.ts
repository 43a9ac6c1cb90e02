// Building an Intl formatter is costly; one is made once and reused on every request.
const WIB = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Western Indonesia time (WIB), as YYYY-MM-DD. */
export function todayWib(now = new Date()): string {
  return WIB.format(now);
}

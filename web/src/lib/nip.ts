/** Pasted NIPs in printed form ("19800101 200501 1 001") lose their spaces; anything else is left for the server to judge. */
export function normaliseNip(input: string): string {
  return input.replace(/\s+/g, '');
}

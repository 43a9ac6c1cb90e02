import { useMediaQuery } from '@mantine/hooks';

/** True on phone-width screens; read on first render (no SSR here) so the layout does not flicker. */
export function usePhone(maxWidth = '48em'): boolean {
  return useMediaQuery(`(max-width: ${maxWidth})`, undefined, { getInitialValueInEffect: false });
}

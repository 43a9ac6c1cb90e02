import { createTheme } from '@mantine/core';

// Bigger text and controls than the defaults: readable for older clerks, easy to tap on phones.
export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  fontSizes: { xs: '0.875rem', sm: '1rem', md: '1.0625rem', lg: '1.1875rem', xl: '1.375rem' },
  defaultRadius: 'md',
  // People who ask their phone for less motion get no sliding menus or fading dialogs.
  respectReducedMotion: true,
  components: {
    Button: { defaultProps: { size: 'md' } },
    // No asterisk in labels: field names stay exactly "NIP", "Nama"... for people and for tests;
    // `required` still marks the input for assistive technology.
    TextInput: { defaultProps: { size: 'md', withAsterisk: false } },
    PasswordInput: { defaultProps: { size: 'md', withAsterisk: false } },
    NumberInput: { defaultProps: { size: 'md', withAsterisk: false } },
    Select: { defaultProps: { size: 'md', withAsterisk: false } },
    Checkbox: { defaultProps: { size: 'md' } },
    FileInput: { defaultProps: { size: 'md', withAsterisk: false } },
    SegmentedControl: { defaultProps: { size: 'md' } },
    ActionIcon: { defaultProps: { size: 'xl', variant: 'subtle' } },
  },
});

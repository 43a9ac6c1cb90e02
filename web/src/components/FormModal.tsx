import { Modal } from '@mantine/core';
import { usePhone } from '../lib/usePhone.ts';
import type { ReactNode } from 'react';
import { useT } from '../i18n/context.tsx';

/** Dialog for a form: full screen on a phone so the keyboard does not hide the fields. */
export function FormModal({ opened, onClose, title, children, size = 'lg' }: {
  opened: boolean; onClose: () => void; title: string; children: ReactNode; size?: string;
}) {
  const t = useT();
  const phone = usePhone('36em');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      fullScreen={phone}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}
    >
      {children}
    </Modal>
  );
}

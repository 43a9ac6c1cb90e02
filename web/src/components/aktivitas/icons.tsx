// Evidence icons, inline like web/src/components/icons.tsx. Decorative: the link text names the file.
import type { ReactNode } from 'react';

function Icon({ children, size = 20 }: { children: ReactNode; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
export const IconPdf = ({ size }: { size?: number }) => <Icon size={size}><path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" /><path d="M14 3v5h5M9 13h6M9 17h4" /></Icon>;
export const IconLink = ({ size }: { size?: number }) => <Icon size={size}><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" /><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" /></Icon>;
export const IconCamera = ({ size }: { size?: number }) => <Icon size={size}><path d="M4 8h3l2-3h6l2 3h3v11H4z" /><circle cx="12" cy="13" r="3.5" /></Icon>;
export const IconImage = ({ size }: { size?: number }) => <Icon size={size}><rect x="3" y="4" width="18" height="16" rx="2" /><circle cx="9" cy="10" r="2" /><path d="M21 16l-5-5-9 9" /></Icon>;
export const IconCloudOff = ({ size }: { size?: number }) => <Icon size={size}><path d="M3 3l18 18" /><path d="M8 7.5A6 6 0 0 1 17.7 10H18a4 4 0 0 1 2.4 7.2M16 19H7a5 5 0 0 1-1.6-9.7" /></Icon>;

// Small inline icons in the style of VS Code's codicons (drawn here, not copied).
import type { Severity } from '../../core/index.ts';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, className: `icon ${severity}` } as const;
  if (severity === 'error') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" stroke="currentColor" strokeWidth="1.3" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg {...common}>
        <path d="M8 1.8l6.6 12H1.4z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
        <path d="M8 6.2v3.8" stroke="currentColor" strokeWidth="1.4" />
        <circle cx="8" cy="11.9" r="0.8" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M8 7v4.4" stroke="currentColor" strokeWidth="1.4" />
      <circle cx="8" cy="4.9" r="0.8" fill="currentColor" />
    </svg>
  );
}

export function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      className="chevron"
      style={{ transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.3" />
    </svg>
  );
}

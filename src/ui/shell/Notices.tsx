import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../store-context.ts';

/** The notice area: dropped link parameters, filter side effects, import warnings. Polite, dismissable. */
export function Notices() {
  const { notices, dismiss } = useExplorer(
    useShallow((state) => ({ notices: state.notices, dismiss: state.dismissNotice })),
  );
  return (
    <div role="status" aria-live="polite" className="notices">
      {notices.map((notice) => (
        <p key={notice.id} className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}

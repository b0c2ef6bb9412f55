import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../store-context.ts';
import './share-bar.css';

export interface ShareBarProps {
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** The link to share; the page address by default. */
  readonly currentLink?: () => string;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/** Undo / Redo through the view history, Copy link (with a manual fallback), Share, Reset view. */
export function ShareBar({ onUndo, onRedo, currentLink = () => window.location.href }: ShareBarProps) {
  const { canUndo, canRedo, dispatch } = useExplorer(
    useShallow((state) => ({
      canUndo: state.history.index > 0,
      canRedo: state.history.index < state.history.top,
      dispatch: state.dispatch,
    })),
  );
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const canShare = typeof navigator.share === 'function';

  const copyLink = async (): Promise<void> => {
    const link = currentLink();
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(link);
      setCopy({ kind: 'copied' });
      timer.current = setTimeout(() => setCopy({ kind: 'idle' }), 2500);
    } catch {
      // Clipboard refused (permissions, insecure context): offer the link to copy by hand.
      setCopy({ kind: 'manual', link });
    }
  };

  const share = async (): Promise<void> => {
    try {
      await navigator.share({ title: document.title, url: currentLink() });
    } catch {
      // The user closed the share sheet; nothing to do.
    }
  };

  return (
    <div className="share-bar" role="toolbar" aria-label="View history and sharing">
      <button type="button" onClick={onUndo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()}>
          Share…
        </button>
      )}
      <button type="button" onClick={() => dispatch({ type: 'reset' })}>
        Reset view
      </button>
      <span className="copy-confirmation" aria-live="polite">
        {copy.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {copy.kind === 'manual' && (
        <label className="manual-link">
          Copy this link
          <input
            type="text"
            readOnly
            value={copy.link}
            ref={(input) => input?.select()}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}

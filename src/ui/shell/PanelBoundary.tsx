import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface PanelBoundaryProps {
  /** What the panel is, for the message: "The details panel", "The graph drawing". */
  readonly name: string;
  /** Returns the explorer to its default view; the panel is then drawn again. */
  readonly onResetView: () => void;
  /** Anything that, when it changes, draws the panel again by itself (the graph). */
  readonly resetKey?: unknown;
  /** Class of the message's box, so it takes the failed panel's place in the page layout. */
  readonly className?: string;
  readonly children: ReactNode;
}

interface PanelBoundaryState {
  readonly error: Error | null;
  readonly key: unknown;
}

/**
 * Keeps a failure inside one panel: the panel says it could not be shown and why (as text), offers
 * "Reset view" and "Try again", and every other panel, the graph and the view stay as they were.
 * Nothing the user had is lost: Back and the link still hold the view.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: PanelBoundaryProps,
    state: PanelBoundaryState,
  ): Partial<PanelBoundaryState> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the console; the panel itself says it in plain words.
    console.error(`${this.props.name} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={['panel-failure', this.props.className].filter(Boolean).join(' ')} role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong> The rest of the explorer works, and your view is kept.
        </p>
        <p className="panel-failure-detail">{error.message}</p>
        <p className="panel-failure-actions">
          <button
            type="button"
            onClick={() => {
              this.props.onResetView();
              this.setState({ error: null });
            }}
          >
            Reset view
          </button>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </p>
      </div>
    );
  }
}

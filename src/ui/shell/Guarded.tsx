import type { ReactNode } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { useExplorer } from '../store-context.ts';
import { PanelBoundary } from './PanelBoundary.tsx';

export interface GuardedProps {
  readonly name: string;
  readonly graph: Graph;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A panel behind its own error boundary, whose "Reset view" is the explorer's; a new graph retries it. */
export function Guarded({ name, graph, className, children }: GuardedProps) {
  const dispatch = useExplorer((state) => state.dispatch);
  return (
    <PanelBoundary
      name={name}
      resetKey={graph}
      onResetView={() => dispatch({ type: 'reset' })}
      {...(className !== undefined && { className })}
    >
      {children}
    </PanelBoundary>
  );
}

import type { ReactNode } from 'react';
import { formatProblem, type Problem } from '../../graph/parse-report.ts';

export function LoadingScreen({ message }: { message: string }) {
  return (
    <main className="status-screen" aria-busy="true">
      <p role="status" className="loading">
        {message || 'Loading…'}
      </p>
    </main>
  );
}

/** Why a graph could not be opened, problem by problem, with where in the file. Never a blank page. */
export function ErrorScreen({
  title,
  problems,
  children,
}: {
  title: string;
  problems: readonly Problem[];
  /** Other ways on (opening a file). */
  children?: ReactNode;
}) {
  return (
    <main className="status-screen">
      <section role="alert" className="error-screen" aria-labelledby="error-title">
        <h1 id="error-title">{title}</h1>
        <p>{problems.length === 1 ? 'One problem was found:' : `${problems.length} problems were found:`}</p>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ul>
        {children}
        <p>
          <a href="./">Open the default graph</a>
        </p>
      </section>
    </main>
  );
}

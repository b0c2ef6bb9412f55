import { useId, type ReactNode } from 'react';

export interface DetailsSectionProps {
  readonly title: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** One section of the details panel: a region named by its h3, so screen readers can jump between them. */
export function DetailsSection({ title, className, children }: DetailsSectionProps) {
  const headingId = useId();
  return (
    <section
      className={className === undefined ? 'details-section' : `details-section ${className}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

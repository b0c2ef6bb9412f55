import { NATIVE_FORMAT } from '../../graph/native-format.ts';
import type { ImportOptions } from '../../formats/import-mapping.ts';
import type { ImportReport, TypeCount } from '../../formats/import-report.ts';
import { formatProblem, type Problem } from '../../graph/parse-report.ts';
import { plural } from '../plural.ts';
import { MappingForm } from './MappingForm.tsx';

export interface ImportReportViewProps {
  readonly name: string;
  readonly report: ImportReport;
  readonly status: 'opened' | 'refused' | 'pending';
  readonly onApply: (options: ImportOptions) => void;
  /** For a pending file: opens it with the mapping shown. */
  readonly onOpen: () => void;
  readonly onClose: () => void;
}

const SHOWN = 30;

function ProblemList({ title, problems }: { title: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul className="import-problems">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>{formatProblem(problem)}</li>
        ))}
        {problems.length > SHOWN && <li>and {problems.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}

const typeList = (types: readonly TypeCount[]): string =>
  types.map((type) => `${type.label} (${type.count})`).join(', ') || 'none';

/** The import report: what the file was read as, what became label/type/relations, what was dropped. */
function statusLine(name: string, report: ImportReport, status: ImportReportViewProps['status']): string {
  const format = report.summary ? ` as ${report.summary.format}` : '';
  switch (status) {
    case 'opened':
      return `${name} opened${format}.`;
    case 'pending':
      return `${name} is ready to open${format}. Check the mapping, then open it.`;
    case 'refused':
      return `${name} was not opened: ${plural(report.errors.length, 'problem', 'problems')}. The graph you had stays.`;
  }
}

export function ImportReportView({ name, report, status, onApply, onOpen, onClose }: ImportReportViewProps) {
  const opened = status !== 'refused';
  const { summary } = report;
  const mapping = summary?.mapping;
  // A refused file has no mapping worth showing: its errors are what matters.
  const foreign = opened && summary !== undefined && summary.format !== NATIVE_FORMAT;
  return (
    <div className="import-dialog import-report" role="dialog" aria-labelledby="import-report-title">
      <h2 id="import-report-title">Import report</h2>
      <p className="import-status">{statusLine(name, report, status)}</p>
      {summary && (
        <dl className="import-counts">
          <dt>Format</dt>
          <dd>{summary.format}</dd>
          {opened && (
            <>
              <dt>Entities</dt>
              <dd>{summary.nodes}</dd>
              <dt>Relations</dt>
              <dd>{summary.edges}</dd>
            </>
          )}
          {foreign && mapping && (
            <>
              <dt>Label</dt>
              <dd>{mapping.label === null ? 'the node ids' : `attribute "${mapping.label}"`}</dd>
              <dt>Type</dt>
              <dd>{mapping.type === null ? 'none: every node is an Entity' : `attribute "${mapping.type}"`}</dd>
              <dt>Organisation</dt>
              <dd>
                {summary.organisations > 0
                  ? `${plural(summary.organisations, 'organisation', 'organisations')}, ${plural(summary.memberships, 'membership', 'memberships')}${mapping.organisation === null ? ' (compound parents)' : ` (attribute "${mapping.organisation}")`}`
                  : 'none'}
              </dd>
              <dt>Relation type</dt>
              <dd>
                {mapping.relation === null ? 'none: every relation is "related to"' : `attribute "${mapping.relation}"`}
              </dd>
              <dt>Entity types</dt>
              <dd>{typeList(summary.nodeTypes)}</dd>
              <dt>Relation types</dt>
              <dd>{typeList(summary.relationTypes)}</dd>
              <dt>Positions</dt>
              <dd>
                {summary.positions === 0
                  ? 'none: laid out by the explorer'
                  : `${summary.positions} of ${summary.nodes} nodes`}
              </dd>
            </>
          )}
        </dl>
      )}
      {foreign && mapping && summary.nodeAttributes.length > 0 && (
        <MappingForm
          key={JSON.stringify(mapping)}
          mapping={mapping}
          attributes={summary.nodeAttributes}
          onApply={onApply}
        />
      )}
      {foreign && <p className="import-hint">Every other attribute is shown in the details panel of its entity.</p>}
      <ProblemList title="Errors" problems={report.errors} />
      <ProblemList title="Warnings" problems={report.warnings} />
      {status === 'pending' && (
        <button type="button" onClick={onOpen}>
          Open graph
        </button>
      )}
      <button type="button" onClick={onClose}>
        {status === 'pending' ? 'Cancel' : 'Close'}
      </button>
    </div>
  );
}

/** A short edge as the canvas draws it: a grey line with an arrowhead, dashed for a former relation. */
export function RelationLineIcon({
  dashed = false,
  arrow = true,
}: {
  readonly dashed?: boolean;
  readonly arrow?: boolean;
}) {
  return (
    <svg className="relation-icon" width={28} height={10} viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line
        x1={1}
        y1={5}
        x2={arrow ? 21 : 27}
        y2={5}
        stroke="#8c959f"
        strokeWidth={1.5}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
      {arrow && <polygon points="20,1 27,5 20,9" fill="#8c959f" />}
    </svg>
  );
}

/** A short edge as the canvas draws it: a grey line with an arrowhead, dashed for a former relation, thick purple on a path. */
export function RelationLineIcon({
  dashed = false,
  arrow = true,
  path = false,
}: {
  readonly dashed?: boolean;
  readonly arrow?: boolean;
  readonly path?: boolean;
}) {
  // The colour comes from the theme's CSS (currentColor), matching the canvas palette of that theme.
  const colour = 'currentColor';
  return (
    <svg
      className={path ? 'relation-icon relation-icon-path' : 'relation-icon'}
      width={28}
      height={10}
      viewBox="0 0 28 10"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={1}
        y1={5}
        x2={arrow ? 21 : 27}
        y2={5}
        stroke={colour}
        strokeWidth={path ? 3 : 1.5}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
      {arrow && <polygon points="20,1 27,5 20,9" fill={colour} />}
    </svg>
  );
}

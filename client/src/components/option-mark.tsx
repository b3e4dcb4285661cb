/**
 * Options are told apart by colour AND by shape and letter, so that players who do
 * not see colours (or phones with washed-out screens) can match the phone to the
 * big screen. The same marks as the live views use.
 */
const SHAPES = ['triangle', 'diamond', 'circle', 'square', 'hexagon', 'star'] as const;

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** CSS modifier for the option colour: `opt--0` … `opt--5`. */
export function optionTone(index: number): string {
  return `opt--${index % SHAPES.length}`;
}

export function OptionShape({ index, size = 28 }: { index: number; size?: number }) {
  const shape = SHAPES[index % SHAPES.length];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="opt-shape">
      {shape === 'triangle' && <path d="M12 3 22 20H2z" fill="currentColor" />}
      {shape === 'diamond' && <path d="M12 2 22 12 12 22 2 12z" fill="currentColor" />}
      {shape === 'circle' && <circle cx="12" cy="12" r="10" fill="currentColor" />}
      {shape === 'square' && <rect x="3" y="3" width="18" height="18" rx="2" fill="currentColor" />}
      {shape === 'hexagon' && <path d="M7 3h10l5 9-5 9H7l-5-9z" fill="currentColor" />}
      {shape === 'star' && (
        <path d="m12 2 3 7 7 .6-5.3 4.7 1.6 7.2L12 17.8 5.7 21.5l1.6-7.2L2 9.6 9 9z" fill="currentColor" />
      )}
    </svg>
  );
}

/** Shape + letter, e.g. "▲ A", as one visual badge. */
export function OptionMark({ index, size }: { index: number; size?: number }) {
  return (
    <span className="opt-mark" aria-hidden="true">
      <OptionShape index={index} size={size} />
      <span className="opt-mark__letter">{optionLetter(index)}</span>
    </span>
  );
}

import type { Bias } from '../lib/catalog/types';
import { BIAS_LABELS, BIAS_SHORT } from '../lib/coverage/labels';

export interface BiasChipProps {
  bias: Bias | null;
  /** Show the full label ("Lean Left") instead of the short one ("LL"). */
  long?: boolean;
}

/** A coloured bias label; the text (not only the colour) carries the meaning. */
export function BiasChip({ bias, long = false }: BiasChipProps) {
  const label = bias ? BIAS_LABELS[bias] : 'Unrated';
  return (
    <span class={`px-chip px-bias-${bias ?? 'unrated'}`} title={long ? undefined : `Bias: ${label}`}>
      {long ? (
        label
      ) : (
        <>
          <span aria-hidden="true">{bias ? BIAS_SHORT[bias] : '?'}</span>
          <span class="px-sr-only">Bias: {label}</span>
        </>
      )}
    </span>
  );
}

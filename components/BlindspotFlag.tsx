import type { Blindspot } from '../lib/coverage/summary';
import { BLINDSPOT_DOMINANT_SHARE_PCT, BLINDSPOT_MIN_RATED_OUTLETS, BLINDSPOT_MINOR_SHARE_PCT } from '../lib/coverage/summary';

export interface BlindspotFlagProps {
  blindspot: Blindspot | null;
}

const SIDE: Record<'left' | 'right', string> = { left: 'left', right: 'right' };

/** Flags a story one side covers far more than the other, and states the rule. */
export function BlindspotFlag({ blindspot }: BlindspotFlagProps) {
  if (!blindspot) return null;
  return (
    <aside class={`px-blindspot px-blindspot-${blindspot.missingSide}`} aria-label="Blindspot">
      <p class="px-blindspot-title">
        <strong>Blindspot for the {SIDE[blindspot.missingSide]}</strong>
      </p>
      <p>
        {blindspot.dominantPct}% of the {blindspot.rated} rated outlets covering this story lean{' '}
        {SIDE[blindspot.dominantSide]}; only {blindspot.minorPct}% lean {SIDE[blindspot.missingSide]}.
      </p>
      <p class="px-muted px-small">
        Rule: at least {BLINDSPOT_MIN_RATED_OUTLETS} rated outlets, one side ≥ {BLINDSPOT_DOMINANT_SHARE_PCT}% and the
        other ≤ {BLINDSPOT_MINOR_SHARE_PCT}%. It reflects the feeds in your index, not all media.
      </p>
    </aside>
  );
}

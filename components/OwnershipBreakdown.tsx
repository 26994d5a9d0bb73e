import { OWNERSHIP_LABELS, plural } from '../lib/coverage/labels';
import type { OwnershipBreakdown as OwnershipData } from '../lib/coverage/summary';
import { OWNERSHIP_KINDS } from '../lib/coverage/summary';
import { BreakdownTable } from './BreakdownTable';

export interface OwnershipBreakdownProps {
  ownership: OwnershipData;
}

/** Outlets by ownership kind; state-controlled outlets are called out. */
export function OwnershipBreakdown({ ownership }: OwnershipBreakdownProps) {
  const rows = OWNERSHIP_KINDS.map((k) => ({
    key: k,
    label: OWNERSHIP_LABELS[k],
    count: ownership.kinds[k].count,
    pct: ownership.kinds[k].pct,
    className: `px-ownership-${k}`,
  }));
  return (
    <div>
      <BreakdownTable heading="Ownership" rows={rows} unknown={ownership.unknown.count} />
      {ownership.stateControlled > 0 ? (
        <p class="px-state-media px-small" role="note">
          {plural(ownership.stateControlled, 'state-controlled outlet')} in this coverage.
        </p>
      ) : null}
    </div>
  );
}


import { FACTUAL_LEVELS } from '../lib/catalog/types';
import { FACTUAL_LABELS } from '../lib/coverage/labels';
import type { FactualityBreakdown as FactualityData } from '../lib/coverage/summary';
import { BreakdownTable } from './BreakdownTable';

export interface FactualityBreakdownProps {
  factuality: FactualityData;
}

/** Outlets by factual-reporting level (counts and % of rated outlets). */
export function FactualityBreakdown({ factuality }: FactualityBreakdownProps) {
  const rows = FACTUAL_LEVELS.map((f) => ({
    key: f,
    label: FACTUAL_LABELS[f],
    count: factuality.levels[f].count,
    pct: factuality.levels[f].pct,
    className: `px-factual-${f}`,
  }));
  return <BreakdownTable heading="Factual reporting" rows={rows} unknown={factuality.unknown.count} />;
}


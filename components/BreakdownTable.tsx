import { plural } from '../lib/coverage/labels';

export interface BreakdownRow {
  key: string;
  label: string;
  count: number;
  pct: number;
  className?: string;
}

export interface BreakdownTableProps {
  heading: string;
  rows: BreakdownRow[];
  /** Items with no value (shown apart, not in the percentages). */
  unknown: number;
  unit?: string;
}

/** A small labelled meter list: one row per value with count and percentage. */
export function BreakdownTable({ heading, rows, unknown, unit = 'outlet' }: BreakdownTableProps) {
  const shown = rows.filter((r) => r.count > 0);
  return (
    <section class="px-breakdown" aria-label={heading}>
      <h3 class="px-h3">{heading}</h3>
      {shown.length === 0 ? (
        <p class="px-muted">No {unit} here is rated.</p>
      ) : (
        <ul class="px-meter-list">
          {shown.map((r) => (
            <li key={r.key} class={`px-meter ${r.className ?? ''}`}>
              <span class="px-meter-label">{r.label}</span>
              <span class="px-meter-track" aria-hidden="true">
                <span class="px-meter-fill" style={{ width: `${r.pct}%` }} />
              </span>
              <span class="px-meter-value">
                {r.count} <span class="px-muted">({r.pct}%)</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {unknown > 0 ? <p class="px-muted px-small">{plural(unknown, unit)} unknown (not in the percentages)</p> : null}
    </section>
  );
}


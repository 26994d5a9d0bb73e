import { biasForSource } from '../../lib/catalog/ratings';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Outlet } from '../../lib/catalog/types';
import type { RatingSource } from '../../lib/settings';
import { OUTLET_TYPE_LABELS, plural } from '../../lib/coverage/labels';
import { BiasChip } from '../BiasChip';
import { ResultLine, useActionResult } from './Fields';
import {
  EMPTY_FILTER,
  GROUP_BY_LABELS,
  filterOutlets,
  groupOutlets,
  isFilterActive,
  listFilterChoices,
  type CatalogFilter,
  type Choice,
  type GroupBy,
  type OutletGroup,
} from './catalog-groups';
import type { ActionResult } from './types';

/** A filtered list this short opens its groups by itself; longer ones stay folded (rows render on opening). */
const AUTO_OPEN_MAX_OUTLETS = 150;

export interface CatalogBrowserProps {
  outlets: readonly Outlet[];
  disabledOutlets: readonly string[];
  /** Whose rating places outlets on the bias scale (filter, grouping, chips). */
  ratingSource: RatingSource;
  setOutletsEnabled(ids: readonly string[], enabled: boolean): Promise<ActionResult>;
}

function FilterSelect(props: { id: string; label: string; value: string; choices: Choice[]; anyLabel: string; onChange(v: string): void }) {
  return (
    <div class="px-opt-field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{props.anyLabel}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Browse the catalog by country, language, bias or type, search it, and turn outlets or groups on and off. */
export function CatalogBrowser({ outlets, disabledOutlets, ratingSource, setOutletsEnabled }: CatalogBrowserProps) {
  const [filter, setFilter] = useState<CatalogFilter>(EMPTY_FILTER);
  const [groupBy, setGroupBy] = useState<GroupBy>('country');
  const toggle = useActionResult();
  const disabled = useMemo(() => new Set(disabledOutlets), [disabledOutlets]);
  const choices = useMemo(() => listFilterChoices(outlets, { source: ratingSource }), [outlets, ratingSource]);
  const [status, setStatus] = useState<'' | 'on' | 'off'>('');
  const shown = useMemo(() => {
    const matching = filterOutlets(outlets, filter, ratingSource);
    return status ? matching.filter((o) => disabled.has(o.id) === (status === 'off')) : matching;
  }, [outlets, filter, ratingSource, status, disabled]);
  const groups = useMemo(() => groupOutlets(shown, groupBy, { source: ratingSource }), [shown, groupBy, ratingSource]);
  const enabledCount = outlets.filter((o) => !disabled.has(o.id)).length;
  const set = (patch: Partial<CatalogFilter>) => setFilter({ ...filter, ...patch });
  const run = (ids: readonly string[], enabled: boolean) => void toggle.run(() => setOutletsEnabled(ids, enabled));
  const filtering = isFilterActive(filter) || status !== '';

  return (
    <div class="px-opt-catalog">
      <p class="px-opt-hint" id="catalog-summary">
        {enabledCount.toLocaleString('en')} of {plural(outlets.length, 'outlet')} turned on. Parallax fetches the main feed of each outlet that
        is on.
      </p>
      <form class="px-opt-filters" role="search" aria-label="Filter outlets" onSubmit={(e) => e.preventDefault()}>
        <div class="px-opt-field px-opt-grow">
          <label for="catalog-search">Search outlets</label>
          <input
            id="catalog-search"
            type="search"
            placeholder="Name, domain or owner"
            autoComplete="off"
            value={filter.query}
            onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <FilterSelect id="catalog-country" label="Country" anyLabel="All countries" value={filter.country} choices={choices.country} onChange={(v) => set({ country: v })} />
        <FilterSelect id="catalog-language" label="Language" anyLabel="All languages" value={filter.language} choices={choices.language} onChange={(v) => set({ language: v })} />
        <FilterSelect id="catalog-bias" label="Bias" anyLabel="Any bias" value={filter.bias} choices={choices.bias} onChange={(v) => set({ bias: v })} />
        <FilterSelect id="catalog-type" label="Type" anyLabel="All types" value={filter.type} choices={choices.type} onChange={(v) => set({ type: v })} />
        <FilterSelect
          id="catalog-status"
          label="Status"
          anyLabel="On and off"
          value={status}
          choices={[
            { value: 'on', label: 'On' },
            { value: 'off', label: `Off (${disabledOutlets.length})` },
          ]}
          onChange={(v) => setStatus(v === 'on' || v === 'off' ? v : '')}
        />
        <div class="px-opt-field">
          <label for="catalog-group-by">Group by</label>
          <select id="catalog-group-by" value={groupBy} onChange={(e) => setGroupBy((e.currentTarget as HTMLSelectElement).value as GroupBy)}>
            {(Object.keys(GROUP_BY_LABELS) as GroupBy[]).map((g) => (
              <option key={g} value={g}>
                {GROUP_BY_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p class="px-opt-hint" role="status" aria-live="polite">
        {filtering ? `${plural(shown.length, 'outlet')} match.` : ''}
      </p>
      <ResultLine result={toggle.result} />
      {shown.length === 0 ? (
        <p class="px-opt-empty">No outlet matches these filters.</p>
      ) : (
        // A scrolling region of its own, so the rest of the page stays one short scroll away.
        <div class="px-opt-groups" role="region" aria-label="Outlet groups" tabIndex={0}>
          {groups.map((g) => (
            <OutletGroupView
              key={`${groupBy}:${g.key}`}
              group={g}
              groupBy={groupBy}
              disabled={disabled}
              ratingSource={ratingSource}
              open={groups.length === 1 || (filtering && shown.length <= AUTO_OPEN_MAX_OUTLETS)}
              onToggle={run}
            />
          ))}
        </div>
      )}
    </div>
  );
}

interface OutletGroupViewProps {
  group: OutletGroup;
  groupBy: GroupBy;
  disabled: ReadonlySet<string>;
  ratingSource: RatingSource;
  open: boolean;
  onToggle(ids: readonly string[], enabled: boolean): void;
}

function OutletGroupView({ group, groupBy, disabled, ratingSource, open, onToggle }: OutletGroupViewProps) {
  // Rows exist only while the group is open: a thousand outlets stay cheap to filter and regroup.
  const [isOpen, setOpen] = useState(open);
  useEffect(() => setOpen(open), [open]);
  const ids = group.outlets.map((o) => o.id);
  const on = ids.filter((id) => !disabled.has(id)).length;
  const headingId = `group-${groupBy}-${group.key}`;
  const n = plural(ids.length, 'outlet');
  return (
    <div class="px-opt-group" role="group" aria-labelledby={headingId} data-group={group.key}>
      <div class="px-opt-group-head">
        <h4 id={headingId}>{group.label}</h4>
        <span class="px-opt-count">
          {on} of {ids.length} on
        </span>
        <div class="px-opt-inline">
          <button type="button" class="px-btn px-btn-small" disabled={on === ids.length} aria-label={`All on: ${n} in ${group.label}`} onClick={() => onToggle(ids, true)}>
            All on
          </button>
          <button type="button" class="px-btn px-btn-small" disabled={on === 0} aria-label={`All off: ${n} in ${group.label}`} onClick={() => onToggle(ids, false)}>
            All off
          </button>
        </div>
      </div>
      <details open={isOpen} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Show {n}</summary>
        {isOpen ? (
          <ul class="px-opt-outlets">
            {group.outlets.map((o) => (
              <OutletRow
                key={o.id}
                outlet={o}
                enabled={!disabled.has(o.id)}
                ratingSource={ratingSource}
                idPrefix={headingId}
                onToggle={onToggle}
              />
            ))}
          </ul>
        ) : null}
      </details>
    </div>
  );
}

function OutletRow(props: {
  outlet: Outlet;
  enabled: boolean;
  ratingSource: RatingSource;
  idPrefix: string;
  onToggle(ids: readonly string[], enabled: boolean): void;
}) {
  const { outlet: o, enabled } = props;
  // An outlet appears in several language groups: ids are unique per group.
  const id = `${props.idPrefix}-outlet-${o.id}`;
  return (
    <li class="px-opt-outlet" data-outlet={o.id}>
      <input id={id} type="checkbox" checked={enabled} onChange={(e) => props.onToggle([o.id], (e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{o.name}</label>
      <span class="px-opt-meta">
        <span class="px-opt-mono">{o.domains[0] ?? ''}</span>
        <BiasChip bias={biasForSource(o, props.ratingSource)} long />
        <span>{OUTLET_TYPE_LABELS[o.type]}</span>
        {o.feeds.length === 0 ? <span class="px-opt-warn-text">no feed known</span> : null}
      </span>
    </li>
  );
}

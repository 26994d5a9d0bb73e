import type { OutletCard, OutletChip } from '../lib/coverage/types';
import { FACTUAL_LABELS, OUTLET_TYPE_LABELS, OWNERSHIP_LABELS, labelCountry, labelProvider } from '../lib/coverage/labels';
import { safeHttpUrl } from '../lib/coverage/summary';
import { BiasChip } from './BiasChip';

export interface OutletHeaderProps {
  /** The outlet of the page being read; null when it is not in the catalog. */
  outlet: OutletCard | null;
  /** The page's domain (shown when the outlet is unknown). */
  domain: string;
  locale?: string;
  /** The user hides factual-reporting ratings. */
  hideFactuality?: boolean;
}

/** True when the outlet is state-controlled by ownership or state media by type. */
export function isStateControlled(outlet: Pick<OutletChip, 'ownership' | 'type'>): boolean {
  return outlet.ownership === 'state-controlled' || outlet.type === 'state-media';
}

/**
 * The page's outlet as a compact card (it is context; the story is the subject): name with its consensus
 * bias, then factual reporting, owner and ownership type, country and type on one wrapping line, and each
 * provider's attributed rating with a link to that provider's page, behind a disclosure.
 */
export function OutletHeader({ outlet, domain, locale, hideFactuality = false }: OutletHeaderProps) {
  if (!outlet) {
    return (
      <section class="px-outlet" aria-label="The outlet you are reading">
        <p class="px-outlet-title">
          <span class="px-outlet-kicker">You are reading</span> <strong class="px-outlet-name">{domain}</strong>
        </p>
        <p class="px-muted px-small">
          This site is not in Parallax's outlet catalog yet, so it has no bias, factuality or ownership information.
        </p>
      </section>
    );
  }
  const home = safeHttpUrl(outlet.homepage);
  const state = isStateControlled(outlet);
  return (
    <section class="px-outlet" aria-label={`The outlet you are reading: ${outlet.name}`}>
      <p class="px-outlet-title">
        <span class="px-outlet-kicker">You are reading</span>{' '}
        <strong class="px-outlet-name">
          {home ? (
            <a href={home} target="_blank" rel="noopener noreferrer">
              {outlet.name}
            </a>
          ) : (
            outlet.name
          )}
        </strong>{' '}
        <BiasChip bias={outlet.bias} long />
      </p>
      {state ? (
        <p class="px-state-media" role="note">
          <strong>State-controlled media.</strong> Its editorial line is set or funded by a government.
        </p>
      ) : null}
      <p class="px-outlet-facts">
        {hideFactuality ? null : (
          <span>
            <span class="px-fact-label">Factual: </span>
            {outlet.factual ? FACTUAL_LABELS[outlet.factual] : 'not rated'}
          </span>
        )}
        <span>
          <span class="px-fact-label">Owner: </span>
          {outlet.owner ?? 'unknown'}
          {outlet.ownership ? (
            <span class={outlet.ownership === 'state-controlled' ? 'px-tag px-tag-state' : 'px-muted'}>
              {' '}
              ({OWNERSHIP_LABELS[outlet.ownership]})
            </span>
          ) : null}
        </span>
        <span>
          <span class="px-fact-label">Country: </span>
          {outlet.country ? labelCountry(outlet.country, locale) : 'unknown'}
        </span>
        <span>
          <span class="px-fact-label">Type: </span>
          {OUTLET_TYPE_LABELS[outlet.type]}
        </span>
      </p>
      {outlet.ratings.length ? (
        <details class="px-ratings">
          <summary>
            {outlet.ratings.length > 1 ? 'Consensus of ' : 'Rated by '}
            {outlet.ratings.map((r) => labelProvider(r.provider)).join(', ')}
          </summary>
          <ul>
            {outlet.ratings.map((r, i) => {
              const href = safeHttpUrl(r.url);
              const name = labelProvider(r.provider);
              return (
                <li key={`${r.provider}-${i}`}>
                  <span class="px-rating-provider">{name}</span>: <span class="px-rating-bias">{r.bias}</span>
                  {r.factual ? <span> · factual: {FACTUAL_LABELS[r.factual]}</span> : null}
                  {r.asOf ? <span class="px-muted"> · as of {r.asOf}</span> : null}
                  {href ? (
                    <>
                      {' · '}
                      <a href={href} target="_blank" rel="noopener noreferrer" aria-label={`${name}'s page about ${outlet.name}`}>
                        {name}'s page
                      </a>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p class="px-muted px-small">
            Ratings are the providers' published opinions, shown as attributed facts. The bias shown above is their
            consensus on a five-point scale.
          </p>
        </details>
      ) : (
        <p class="px-muted px-small">No rating provider has rated this outlet.</p>
      )}
    </section>
  );
}

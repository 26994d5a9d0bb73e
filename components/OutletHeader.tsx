import type { OutletCard } from '../lib/coverage/types';
import {
  BIAS_LABELS,
  FACTUAL_LABELS,
  OUTLET_TYPE_LABELS,
  OWNERSHIP_LABELS,
  labelCountry,
  labelProvider,
} from '../lib/coverage/labels';
import { safeHttpUrl } from '../lib/coverage/summary';
import { BiasChip } from './BiasChip';

export interface OutletHeaderProps {
  /** The outlet of the page being read; null when it is not in the catalog. */
  outlet: OutletCard | null;
  /** The page's domain (shown when the outlet is unknown). */
  domain: string;
  locale?: string;
}

/** True when the outlet is state-controlled by ownership or state media by type. */
export function isStateControlled(outlet: OutletCard): boolean {
  return outlet.ownership === 'state-controlled' || outlet.type === 'state-media';
}

/** The page's outlet: consensus bias, each provider's attributed rating (linked), factuality, owner, country. */
export function OutletHeader({ outlet, domain, locale }: OutletHeaderProps) {
  if (!outlet) {
    return (
      <section class="px-outlet" aria-label="The outlet you are reading">
        <p class="px-outlet-kicker">You are reading</p>
        <h2 class="px-outlet-name">{domain}</h2>
        <p class="px-muted">
          This site is not in Parallax's outlet catalog yet, so it has no bias, factuality or ownership information.
        </p>
      </section>
    );
  }
  const home = safeHttpUrl(outlet.homepage);
  const state = isStateControlled(outlet);
  return (
    <section class="px-outlet" aria-label={`The outlet you are reading: ${outlet.name}`}>
      <p class="px-outlet-kicker">You are reading</p>
      <div class="px-outlet-title">
        <h2 class="px-outlet-name">
          {home ? (
            <a href={home} target="_blank" rel="noopener noreferrer">
              {outlet.name}
            </a>
          ) : (
            outlet.name
          )}
        </h2>
        <BiasChip bias={outlet.bias} long />
      </div>
      {state ? (
        <p class="px-state-media" role="note">
          <strong>State-controlled media.</strong> Its editorial line is set or funded by a government.
        </p>
      ) : null}
      <p class="px-outlet-facts">
        <span>
          <span class="px-fact-label">Bias: </span>
          {outlet.bias ? BIAS_LABELS[outlet.bias] : 'not rated'}
          {outlet.ratings.length > 1 ? <span class="px-muted"> (consensus)</span> : null}
        </span>
        <span>
          <span class="px-fact-label">Factual: </span>
          {outlet.factual ? FACTUAL_LABELS[outlet.factual] : 'not rated'}
        </span>
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
            Who rated it: {outlet.ratings.map((r) => labelProvider(r.provider)).join(', ')}
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

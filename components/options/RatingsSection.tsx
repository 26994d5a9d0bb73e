import type { RatingProviderInfo } from '../../lib/catalog/ratings';
import type { RatingSource, Settings } from '../../lib/settings';
import { OptionsSection, ToggleField } from './Fields';
import type { OptionsActions } from './types';

export interface RatingsSectionProps {
  settings: Settings;
  providers: readonly RatingProviderInfo[];
  actions: OptionsActions;
}

const SOURCE_LABELS: Record<RatingSource, string> = {
  consensus: 'Consensus of the providers',
  allsides: 'AllSides',
  mbfc: 'Media Bias/Fact Check',
};

const SOURCE_HINTS: Record<RatingSource, string> = {
  consensus: 'The average of the providers that rate an outlet, rounded toward the center when they disagree by one step.',
  allsides: "AllSides's own rating; outlets it has not rated show as unrated.",
  mbfc: "Media Bias/Fact Check's own rating; outlets it has not rated show as unrated.",
};

/** Which provider drives the bias shown, factuality on/off, and what the scales mean (attributed, linked). */
export function RatingsSection({ settings, providers, actions }: RatingsSectionProps) {
  return (
    <OptionsSection id="ratings" title="Ratings">
      <p class="px-opt-hint">
        Ratings are published by independent organisations and shown with their name and a link to their page. They are
        the providers' judgements, not Parallax's, and providers sometimes disagree.
      </p>
      <fieldset class="px-opt-fieldset">
        <legend>Bias shown for each outlet</legend>
        {(Object.keys(SOURCE_LABELS) as RatingSource[]).map((source) => (
          <div class="px-opt-radio" key={source}>
            <input
              type="radio"
              id={`setting-rating-${source}`}
              name="rating-source"
              value={source}
              checked={settings.ratingSource === source}
              aria-describedby={`setting-rating-${source}-desc`}
              onChange={() => void actions.updateSettings({ ratingSource: source })}
            />
            <div>
              <label for={`setting-rating-${source}`}>{SOURCE_LABELS[source]}</label>
              <p id={`setting-rating-${source}-desc`} class="px-opt-hint">
                {SOURCE_HINTS[source]}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset class="px-opt-fieldset">
        <legend>Factual reporting</legend>
        <ToggleField
          id="setting-show-factuality"
          label="Show factual-reporting ratings"
          description="Very high to very low, from Media Bias/Fact Check, next to each outlet."
          checked={settings.showFactuality}
          onChange={(v) => void actions.updateSettings({ showFactuality: v })}
        />
      </fieldset>
      <h3>The scales</h3>
      <dl class="px-opt-providers">
        {providers.map((p) => (
          <div key={p.id} class="px-opt-provider">
            <dt>
              <a href={p.homepage} target="_blank" rel="noopener noreferrer">
                {p.name}
              </a>
            </dt>
            <dd>
              <p>{p.scale}</p>
              <p class="px-opt-hint">Source: {p.license}.</p>
            </dd>
          </div>
        ))}
        <div class="px-opt-provider">
          <dt>Consensus (Parallax)</dt>
          <dd>
            <p>
              Each provider's placement is put on one five-step scale (Left, Lean Left, Center, Lean Right, Right); the
              consensus is their average, and a tie between two neighbouring steps goes to the milder one. Ratings without
              a political placement (for example AllSides “Mixed” or MBFC “Pro-Science”) do not count.
            </p>
          </dd>
        </div>
      </dl>
    </OptionsSection>
  );
}

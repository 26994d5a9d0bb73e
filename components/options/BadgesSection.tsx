import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { OptionsSection, ResultLine, ToggleField, useActionResult } from './Fields';
import type { OptionsActions } from './types';

export interface BadgesSectionProps {
  settings: Settings;
  actions: OptionsActions;
}

/** In-page badges and link chips, their style, and the sites where Parallax shows nothing. */
export function BadgesSection({ settings, actions }: BadgesSectionProps) {
  return (
    <OptionsSection id="badges" title="Badges">
      <fieldset class="px-opt-fieldset">
        <legend>On web pages</legend>
        <ToggleField
          id="setting-article-badge"
          label="Show a badge on news articles"
          description="A small badge near the headline with how many other outlets cover the story."
          checked={settings.articleBadge}
          onChange={(v) => void actions.updateSettings({ articleBadge: v })}
        />
        <ToggleField
          id="setting-link-chips"
          label="Show chips next to news links"
          description="A bias chip next to links to known outlets' articles, on any page."
          checked={settings.linkChips}
          onChange={(v) => void actions.updateSettings({ linkChips: v })}
        />
      </fieldset>
      <fieldset class="px-opt-fieldset">
        <legend>Badge style</legend>
        <div class="px-opt-radio">
          <input
            type="radio"
            id="setting-badge-compact"
            name="badge-style"
            value="compact"
            checked={settings.badgeStyle === 'compact'}
            onChange={() => void actions.updateSettings({ badgeStyle: 'compact' })}
          />
          <label for="setting-badge-compact">Compact: the number of other outlets and a small bias bar</label>
        </div>
        <div class="px-opt-radio">
          <input
            type="radio"
            id="setting-badge-detailed"
            name="badge-style"
            value="detailed"
            checked={settings.badgeStyle === 'detailed'}
            onChange={() => void actions.updateSettings({ badgeStyle: 'detailed' })}
          />
          <label for="setting-badge-detailed">Detailed: also spelled out, with the outlets counted by bias (L 2 · C 3 · R 1)</label>
        </div>
      </fieldset>
      <DisabledSites sites={settings.disabledSites} actions={actions} />
    </OptionsSection>
  );
}

function DisabledSites({ sites, actions }: { sites: readonly string[]; actions: OptionsActions }) {
  const [draft, setDraft] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const add = useActionResult();
  const remove = useActionResult();
  const submit = async (e: Event) => {
    e.preventDefault();
    // The field itself is the truth: a submit can arrive before the re-render of the last keystroke.
    const value = field.current?.value ?? draft;
    const r = await add.run(() => actions.addDisabledSite(value));
    if (r.ok) setDraft('');
  };
  return (
    <fieldset class="px-opt-fieldset">
      <legend>Sites where Parallax shows nothing</legend>
      <p class="px-opt-hint" id="disabled-sites-hint">
        No badge, no chips and no page reading on these sites and their subdomains.
      </p>
      <form class="px-opt-inline" onSubmit={submit}>
        <label for="disabled-site-input" class="px-sr-only">
          Site to turn Parallax off on
        </label>
        <input
          ref={field}
          id="disabled-site-input"
          type="text"
          placeholder="example.com"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-describedby="disabled-sites-hint disabled-site-result"
          aria-invalid={add.result && !add.result.ok ? 'true' : undefined}
          onInput={(e) => {
            setDraft((e.currentTarget as HTMLInputElement).value);
            if (add.result) add.clear();
          }}
        />
        <button type="submit" class="px-btn" disabled={add.pending}>
          Add site
        </button>
      </form>
      <ResultLine id="disabled-site-result" result={add.result} />
      {sites.length === 0 ? (
        <p class="px-opt-empty">Parallax runs on every site.</p>
      ) : (
        <ul class="px-opt-list" aria-label="Sites where Parallax is off">
          {sites.map((site) => (
            <li key={site}>
              <span class="px-opt-mono">{site}</span>
              <button
                type="button"
                class="px-btn px-btn-quiet"
                aria-label={`Remove ${site} (Parallax runs there again)`}
                onClick={() => void remove.run(() => actions.removeDisabledSite(site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ResultLine result={remove.result} />
    </fieldset>
  );
}

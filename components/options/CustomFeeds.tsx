import { useRef, useState } from 'preact/hooks';
import type { CustomFeed } from '../../lib/settings';
import { FileImportField, ResultLine, useActionResult } from './Fields';
import type { OptionsActions } from './types';

export interface CustomFeedsProps {
  feeds: readonly CustomFeed[];
  actions: OptionsActions;
}

/** The user's own feeds: add (checked by fetching it), remove, and OPML import/export. */
export function CustomFeeds({ feeds, actions }: CustomFeedsProps) {
  const [draft, setDraft] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const add = useActionResult();
  const remove = useActionResult();
  const submit = async (e: Event) => {
    e.preventDefault();
    // The field itself is the truth: a submit can arrive before the re-render of the last keystroke.
    const value = field.current?.value ?? draft;
    const r = await add.run(() => actions.addCustomFeed(value));
    if (r.ok) setDraft('');
  };
  return (
    <div class="px-opt-custom">
      <h3>Your own feeds</h3>
      <form class="px-opt-field" onSubmit={submit} aria-busy={add.pending ? 'true' : undefined}>
        <label for="custom-feed-url">Feed address (RSS, Atom or JSON Feed)</label>
        <div class="px-opt-inline">
          <input
            ref={field}
            id="custom-feed-url"
            type="url"
            inputMode="url"
            placeholder="https://example.com/feed.xml"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            required
            aria-describedby="custom-feed-hint custom-feed-result"
            aria-invalid={add.result && !add.result.ok ? 'true' : undefined}
            onInput={(e) => {
            setDraft((e.currentTarget as HTMLInputElement).value);
            if (add.result) add.clear();
          }}
          />
          <button id="custom-feed-add" type="submit" class="px-btn" disabled={add.pending}>
            {add.pending ? 'Checking…' : 'Add feed'}
          </button>
        </div>
        <p id="custom-feed-hint" class="px-opt-hint">
          Parallax fetches the address once to check that it is a feed before adding it.
        </p>
      </form>
      {add.pending ? (
        <p class="px-opt-hint" role="status">
          Checking the feed…
        </p>
      ) : (
        <ResultLine id="custom-feed-result" result={add.result} />
      )}
      {feeds.length === 0 ? (
        <p class="px-opt-empty">No feeds of your own yet.</p>
      ) : (
        <ul class="px-opt-list" aria-label="Your own feeds" id="custom-feed-list">
          {feeds.map((f) => (
            <li key={f.url}>
              <span>
                {f.title ? <strong>{f.title}</strong> : null} <span class="px-opt-mono">{f.url}</span>
              </span>
              <button
                type="button"
                class="px-btn px-btn-quiet"
                aria-label={`Remove feed ${f.title ?? f.url}`}
                onClick={() => void remove.run(() => actions.removeCustomFeed(f.url))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ResultLine result={remove.result} />

      <h3>OPML</h3>
      <p class="px-opt-hint">Move feed lists between Parallax and feed readers.</p>
      <div class="px-opt-inline">
        <button id="opml-export" type="button" class="px-btn" onClick={() => actions.exportOpml()}>
          Export feeds (OPML)
        </button>
      </div>
      <FileImportField
        id="opml-import"
        resultId="opml-result"
        label="Import feeds from an OPML file"
        accept=".opml,.xml,text/x-opml,text/xml,application/xml"
        onText={actions.importOpml}
      />
    </div>
  );
}

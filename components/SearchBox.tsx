import { useEffect, useState } from 'preact/hooks';
import type { CoverageEntry } from '../lib/coverage/types';
import { ArticleRow } from './ArticleRow';
import type { TimeContext } from './types';

export interface SearchBoxProps {
  onSearch: (query: string) => void;
  /** null = no search made yet. */
  results: CoverageEntry[] | null;
  time: TimeContext;
  /** Heading above the box. */
  label?: string;
  /** Id of the input (unique per document). */
  inputId?: string;
  /** Text the box starts with. */
  initialQuery?: string;
  /** Search for initialQuery as soon as the box appears (e.g. the closest articles to a lonely headline). */
  autoSearch?: boolean;
}

/** Keyword search of the local index (nothing leaves the machine), with results as article rows. */
export function SearchBox({
  onSearch,
  results,
  time,
  label = 'Search the local news index',
  inputId = 'px-search-input',
  initialQuery = '',
  autoSearch = false,
}: SearchBoxProps) {
  const [query, setQuery] = useState(initialQuery);
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const q = initialQuery.trim();
    if (!autoSearch || !q) return;
    setAsked(q);
    onSearch(q);
    // Only once, when the box appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = (e: Event) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) return;
    setAsked(q);
    onSearch(q);
  };
  return (
    <section class="px-search" aria-label={label}>
      <form role="search" onSubmit={submit} class="px-search-form">
        <label for={inputId} class="px-search-label">
          {label}
        </label>
        <div class="px-search-row">
          <input
            id={inputId}
            type="search"
            class="px-input"
            value={query}
            placeholder="e.g. Xi Putin call"
            autoComplete="off"
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="px-btn">
            Search
          </button>
        </div>
      </form>
      <div class="px-search-results" aria-live="polite">
        {results === null ? null : results.length === 0 ? (
          <p class="px-empty">{asked ? `Nothing in the index matches “${asked}”.` : 'Nothing in the index matches.'}</p>
        ) : (
          <>
            <p class="px-muted">
              {results.length} {results.length === 1 ? 'article' : 'articles'}
              {asked ? ` for “${asked}”` : ''}
            </p>
            <ul class="px-rows">
              {results.map((e) => (
                <ArticleRow key={e.articleId} entry={e} time={time} showWhy={false} />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

import { plural } from '../lib/coverage/labels';

export interface StoryHeaderProps {
  /** The story's most representative headline (shown as text). */
  title: string;
  outlets: number;
  articles: number;
  /** Countries and languages covered (counts). */
  countries?: number;
  languages?: number;
}

/** The story's neutral title and headline figures. */
export function StoryHeader({ title, outlets, articles, countries, languages }: StoryHeaderProps) {
  const extra = [
    countries ? plural(countries, 'country', 'countries') : null,
    languages ? plural(languages, 'language') : null,
  ].filter(Boolean);
  return (
    <header class="px-story">
      <p class="px-outlet-kicker">The story</p>
      <h2 class="px-story-title">{title || 'Untitled story'}</h2>
      <p class="px-story-counts">
        <strong>{plural(outlets, 'outlet')}</strong> · {plural(articles, 'article')}
        {extra.length ? ` · ${extra.join(' · ')}` : ''}
      </p>
    </header>
  );
}

// Stopword lists per language (from the `stopword` package), folded like the tokens they filter.
// Runs everywhere; pure data, built once per language on first use (a cache of constants, not state).

import { ara, cat, ces, dan, deu, eng, fin, fra, hun, ita, nld, nob, pol, por, ron, rus, spa, swe, tur, ukr } from 'stopword';
import { foldText } from './fold-text';

const LISTS: Record<string, string[]> = {
  en: eng, de: deu, fr: fra, es: spa, it: ita, pt: por, nl: nld, pl: pol, tr: tur, ar: ara, ru: rus,
  sv: swe, da: dan, nb: nob, no: nob, fi: fin, cs: ces, ro: ron, hu: hun, uk: ukr, ca: cat,
};

/** Words that carry no topic in news headlines whatever the language (URL and feed boilerplate). */
const NEWS_NOISE = ['news', 'video', 'watch', 'live', 'update', 'updates', 'breaking', 'says', 'said', 'say', 'new',
  'report', 'reports', 'html', 'htm', 'php', 'amp', 'www', 'com', 'http', 'https', 'haberi', 'nid', 'ld', 'story', 'article',
  // The same boilerplate in the other languages of the press: "article", "news", "photo(s)", "gallery".
  'artikel', 'nachrichten', 'noticia', 'noticias', 'notizie', 'nieuws', 'wiadomosci', 'haber', 'haberler', 'actualites',
  'foto', 'fotos', 'galeria', 'galerie'];

const folded = new Map<string, ReadonlySet<string>>();

/** Languages with a stopword list (primary subtags). */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(LISTS);

/** Returns the primary subtag of a BCP 47 code ("en-GB" -> "en"), or null. */
export function toPrimaryLanguage(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

/** The folded stopword set of a language (English plus news noise when the language is unknown). */
export function getStopwords(lang: string | null): ReadonlySet<string> {
  const key = lang && LISTS[lang] ? lang : 'en';
  let set = folded.get(key);
  if (!set) {
    const words = [...(LISTS[key] ?? []), ...NEWS_NOISE];
    set = new Set(words.map((w) => foldText(w)));
    folded.set(key, set);
  }
  return set;
}

/** True when the folded word is a stopword of the language (or English, which leaks into every press). */
export function isStopword(word: string, lang: string | null): boolean {
  return getStopwords(lang).has(word) || (lang !== 'en' && getStopwords('en').has(word));
}

// Turns what a format reader found for one item into a clean FeedItem (plain text, absolute http(s)
// links, ISO dates clamped to now), collecting non-fatal problems. Runs in worker and CLI; pure.

import type { FeedItem } from './types';
import { htmlToText, truncateText, decodeEntities, normalizeSpace } from './feed-text';
import { normalizeFeedDate } from './feed-dates';
import { resolveHttpUrl } from './feed-links';

/** Longest title kept, in characters. */
export const TITLE_MAX_CHARS = 300;
/** Longest summary kept, in characters (enough for the lead that matching uses). */
export const SUMMARY_MAX_CHARS = 600;
/** Title made from the summary when an item has none, in characters. */
const DERIVED_TITLE_MAX_CHARS = 140;
/** At most this many non-fatal errors are listed per feed; the rest are counted. */
const MAX_LISTED_ERRORS = 40;
const MAX_CATEGORIES = 20;

/** A link candidate with the base it must be resolved against (xml:base differs per element). */
export interface LinkCandidate {
  href: string | null | undefined;
  base: string | null;
}

/** Raw values a format reader found for one item, best candidates first. */
export interface ItemDraft {
  title: string | null;
  summaries: (string | null | undefined)[];
  links: LinkCandidate[];
  published: (string | null | undefined)[];
  author: string | null;
  images: LinkCandidate[];
  categories: (string | null | undefined)[];
  guid: string | null;
  lang: string | null;
}

/** Collects non-fatal problems with a cap so a hostile feed cannot flood the status. */
export class ErrorLog {
  readonly messages: string[] = [];
  private overflow = 0;

  add(message: string): void {
    if (this.messages.length < MAX_LISTED_ERRORS) this.messages.push(message);
    else this.overflow++;
  }

  list(): string[] {
    return this.overflow ? [...this.messages, `… and ${this.overflow} more problems`] : [...this.messages];
  }
}

export interface ItemContext {
  now: number;
  errors: ErrorLog;
}

/**
 * Trailers that CMSs append to every summary. They say nothing about the story and would put the
 * outlet's name into every summary the matcher compares, so they are cut (generic, not per outlet).
 */
const BOILERPLATE_TRAILERS: readonly RegExp[] = [
  /\s*The post .{1,300}? appeared first on .{1,200}$/, // WordPress
  /\s*Continue reading\b.{0,120}$/, // WordPress "Continue reading <title>"
  /\s*(?:Read more|Read the full (?:story|article)|Read full (?:story|article)|Keep reading|Lire la suite|Weiterlesen|Leer más|Leia mais)[^\p{L}\p{N}]{0,10}$/iu,
  /\s*\[(?:…|\.\.\.)\]\s*$/,
];

/** Cuts known trailers, never the whole text (a summary may begin with "Read more about..."). */
function stripBoilerplate(text: string): string {
  let result = text;
  for (const trailer of BOILERPLATE_TRAILERS) {
    const match = trailer.exec(result);
    if (match && match.index > 0) result = result.slice(0, match.index);
  }
  return result.trim();
}

function firstPresent(values: (string | null | undefined)[]): string | null {
  for (const value of values) if (value && value.trim() !== '') return value;
  return null;
}

/** "jane@example.com (Jane Doe)" is how RSS writes authors; keep the name. */
function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  const text = htmlToText(raw, 200);
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  const author = named ? named[1]!.trim() : text;
  return author === '' || /^\S+@\S+$/.test(author) ? null : author;
}

function quote(raw: string): string {
  return JSON.stringify(truncateText(normalizeSpace(raw), 60));
}

/** A FeedItem, or null (with the reason logged) when the item has no usable link or text. */
export function finishItem(draft: ItemDraft, position: number, ctx: ItemContext): FeedItem | null {
  const title = draft.title ? htmlToText(draft.title, TITLE_MAX_CHARS) : '';
  const summaryRaw = firstPresent(draft.summaries);
  let summary = summaryRaw ? truncateText(stripBoilerplate(htmlToText(summaryRaw, SUMMARY_MAX_CHARS * 2)), SUMMARY_MAX_CHARS) : '';
  let url: string | null = null;
  let rejected: string | null = null;
  for (const candidate of draft.links) {
    if (!candidate.href) continue;
    const href = decodeEntities(candidate.href.trim());
    url = resolveHttpUrl(href, candidate.base);
    if (url) break;
    rejected ??= href;
  }
  if (!url) {
    ctx.errors.add(
      rejected
        ? `item ${position}: dropped, link ${quote(rejected)} is not an http(s) URL`
        : `item ${position}: dropped, no link`,
    );
    return null;
  }
  if (title === '' && summary === '') {
    ctx.errors.add(`item ${position}: dropped, no title or summary`);
    return null;
  }
  const finalTitle = title || truncateText(summary, DERIVED_TITLE_MAX_CHARS);
  if (summary === finalTitle) summary = '';
  const dateRaw = firstPresent(draft.published);
  const published = normalizeFeedDate(dateRaw, ctx.now);
  if (dateRaw && !published) ctx.errors.add(`item ${position}: unreadable date ${quote(dateRaw)}`);
  let image: string | null = null;
  for (const candidate of draft.images) {
    image = candidate.href ? resolveHttpUrl(decodeEntities(candidate.href), candidate.base) : null;
    if (image) break;
  }
  const categories = [
    ...new Set(
      draft.categories
        .map((category) => (category ? htmlToText(category, 80) : ''))
        .filter((category) => category !== ''),
    ),
  ].slice(0, MAX_CATEGORIES);
  const item: FeedItem = {
    title: finalTitle,
    url,
    published,
    summary: summary || null,
    author: cleanAuthor(draft.author),
    image,
    categories,
    guid: draft.guid ? truncateText(normalizeSpace(decodeEntities(draft.guid)), 500) || null : null,
    lang: draft.lang ? normalizeSpace(draft.lang).slice(0, 20) || null : null,
  };
  return item;
}

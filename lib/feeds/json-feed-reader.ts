// Reader for JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). Maps items to ItemDrafts; cleaning
// happens in feed-items. Runs in worker and CLI; pure.

import { FeedError } from './feed-error';
import { finishItem, type ItemDraft } from './feed-items';
import { htmlToText } from './feed-text';
import { resolveHttpUrl } from './feed-links';
import type { ReadFeed, ReaderOptions } from './xml-feed-readers';
import type { FeedItem } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** JSON Feed 1.1 has `authors`, 1.0 has `author`. */
function authorName(item: Json): string | null {
  const authors = Array.isArray(item['authors']) ? item['authors'] : [item['author']];
  for (const author of authors) if (isObject(author) && str(author['name'])) return str(author['name']);
  return null;
}

function draftJsonItem(item: Json, base: string | null, lang: string | null): ItemDraft {
  const id = str(item['id']);
  return {
    title: str(item['title']),
    summaries: [str(item['summary']), str(item['content_text']), str(item['content_html'])],
    links: [
      { href: str(item['url']), base },
      { href: str(item['external_url']), base },
      { href: id && /^\s*https?:/i.test(id) ? id : null, base },
    ],
    published: [str(item['date_published']), str(item['date_modified'])],
    author: authorName(item),
    images: [{ href: str(item['image']), base }, { href: str(item['banner_image']), base }],
    categories: Array.isArray(item['tags']) ? item['tags'].map(str) : [],
    guid: id,
    lang: str(item['language']) ?? lang,
  };
}

export function readJsonFeed(text: string, options: ReaderOptions): ReadFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'parse error';
    throw new FeedError('invalid-json', `Invalid JSON: ${detail}`);
  }
  if (!isObject(data) || !Array.isArray(data['items'])) {
    throw new FeedError('not-a-feed', 'JSON without an "items" array is not a JSON Feed');
  }
  const version = str(data['version']);
  if (!version || !version.includes('jsonfeed.org/version/')) {
    options.errors.add('no JSON Feed version; read as JSON Feed 1.1');
  }
  const homePage = resolveHttpUrl(str(data['home_page_url']));
  const base = options.url ?? resolveHttpUrl(str(data['feed_url'])) ?? homePage;
  const lang = str(data['language']);
  let entries: unknown[] = data['items'];
  if (entries.length > options.maxItems) {
    options.errors.add(`feed has ${entries.length} items; only the first ${options.maxItems} were read`);
    entries = entries.slice(0, options.maxItems);
  }
  const items: FeedItem[] = [];
  entries.forEach((entry, index) => {
    if (!isObject(entry)) {
      options.errors.add(`item ${index + 1}: dropped, not an object`);
      return;
    }
    const item = finishItem(draftJsonItem(entry, base, lang), index + 1, options);
    if (item) items.push(item);
  });
  const title = str(data['title']);
  return {
    format: 'json',
    title: title ? htmlToText(title, 300) || null : null,
    link: homePage,
    lang,
    items,
  };
}

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstMeta, hasMeta, readMetaTags } from '../../../lib/page/meta-tags';

const load = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('readMetaTags', () => {
  const doc = load(`<html lang="en-GB"><head>
    <link rel="stylesheet" href="/a.css"><link rel="alternate" hreflang="de" href="/de/story">
    <link rel="Preload Canonical" href="https://example.com/story"><link rel="canonical" href="https://example.com/second">
    <meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <meta property="og:title twitter:title" content="  Xi   and Putin hold a call ">
    <meta name="OG:Description" property="description" content="Both keys">
    <meta itemprop="datePublished" content="2026-02-04T08:00:00Z">
    <meta http-equiv="content-language" content="en">
    <meta name="author" content=""><meta name="author" value="Jane Doe">
  </head><body><meta name="keywords" content="China, Russia"></body></html>`);
  const tags = readMetaTags(doc);

  it('reads every key a tag names (property, name, itemprop, http-equiv; several per attribute), lowercased', () => {
    expect(firstMeta(tags, 'og:title')).toBe('Xi and Putin hold a call');
    expect(firstMeta(tags, 'twitter:title')).toBe('Xi and Putin hold a call');
    expect(firstMeta(tags, 'og:description')).toBe('Both keys');
    expect(firstMeta(tags, 'description')).toBe('Both keys');
    expect(firstMeta(tags, 'datepublished')).toBe('2026-02-04T08:00:00Z');
    expect(firstMeta(tags, 'content-language')).toBe('en');
    expect(firstMeta(tags, 'keywords')).toBe('China, Russia');
  });

  it('skips empty contents, falls back to value, and answers absent keys with null', () => {
    expect(firstMeta(tags, 'author')).toBe('Jane Doe');
    expect(firstMeta(tags, 'charset', 'og:image')).toBeNull();
    expect(hasMeta(tags, 'og:image')).toBe(false);
    expect(hasMeta(tags, 'og:image', 'viewport')).toBe(true);
  });

  it('takes the first link whose rel holds the canonical token (any case) and the document language', () => {
    expect(tags.canonicalHref).toBe('https://example.com/story');
    expect(tags.htmlLang).toBe('en-GB');
    expect(readMetaTags(load('<html><head><link rel="canonicalish" href="/x"></head></html>')).canonicalHref).toBeNull();
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseLenientJson, readAuthors, readJsonLd, readString } from '../../../lib/page/json-ld';

function doc(head: string): Document {
  return parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;
}
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('parseLenientJson', () => {
  it('repairs trailing commas, raw newlines, comments and concatenated objects', () => {
    expect(parseLenientJson('{"a": "x\ny", "b": [1,2,],}')).toEqual({ a: 'x y', b: [1, 2] });
    expect(parseLenientJson('/* c */ {"a": 1}')).toEqual({ a: 1 });
    expect(parseLenientJson('{"a":1}{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseLenientJson('<!--{"a":1}-->')).toEqual({ a: 1 });
    expect(parseLenientJson('not json')).toBeUndefined();
  });
});

describe('readJsonLd', () => {
  it('finds the article inside @graph and arrays', () => {
    const summary = readJsonLd(
      doc(ld('[{"@graph":[{"@type":"WebSite"},{"@type":["AnalysisNewsArticle"],"headline":"H &amp; I","author":[{"name":"A"},{"name":"B"}]}]}]')),
    );
    expect(summary.article).not.toBeNull();
    expect(readString(summary.article, 'headline')).toBe('H & I');
    expect(readAuthors(summary.article)).toBe('A, B');
  });

  it('does not count list items as the page article, but counts several top-level ones', () => {
    const list = readJsonLd(doc(ld('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"x"}]}')));
    expect(list.article).toBeNull();
    expect(list.hasListingType).toBe(true);
    const many = readJsonLd(doc(ld('[{"@type":"NewsArticle"},{"@type":"NewsArticle"},{"@type":"NewsArticle"}]')));
    expect(many.articleCount).toBe(3);
  });

  it('separates live blogs and takes a WebPage mainEntity', () => {
    expect(readJsonLd(doc(ld('{"@type":"LiveBlogPosting","headline":"Live"}'))).liveBlog).not.toBeNull();
    const page = readJsonLd(doc(ld('{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Post"}}')));
    expect(readString(page.article, 'headline')).toBe('Post');
  });

  it('counts unreadable blocks', () => {
    expect(readJsonLd(doc(ld('{"@type": "NewsArticle", headline: }'))).brokenBlocks).toBe(1);
  });
});

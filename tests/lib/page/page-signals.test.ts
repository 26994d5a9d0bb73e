import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countCommerceCues, hasVisibleDateline } from '../../../lib/page/page-signals';

const doc = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('hasVisibleDateline', () => {
  it.each([
    '<p class="byline">By Jane Doe, January 8, 2008</p>',
    '<span class="date">14.05.2024</span>',
    '<div class="post-meta">2019年4月2日 公開</div>',
    '<time datetime="2024-05-14T08:00:00Z">Tuesday</time>',
    '<span class="timestamp">3 hours ago</span>',
  ])('finds %s', (html) => {
    expect(hasVisibleDateline(doc(html))).toBe(true);
  });

  it('ignores date-less metadata and dates outside datelines', () => {
    expect(hasVisibleDateline(doc('<span class="date">Today</span><p>Filed January 8, 2008</p>'))).toBe(false);
  });
});

describe('countCommerceCues', () => {
  it('counts distinct shop cues and ignores look-alike words', () => {
    expect(countCommerceCues(doc('<button class="btn add-to-cart">Buy</button><span class="price">¥2,000</span>'))).toBe(2);
    expect(countCommerceCues(doc('<div class="cartoon-strip"></div><p class="priceless-moments"></p>'))).toBe(0);
  });

  it('counts the same over the headline choice\'s list of marked elements (id-only ones carry no cue)', () => {
    const page = doc(
      '<div id="cart-widget"></div><span itemprop="isbn">978-3-16</span><button class="buy-now">Buy</button><p id="price">9 €</p><b class="Price">9 €</b>',
    );
    const marked = page.querySelectorAll('[class],[id],[itemprop]');
    expect(countCommerceCues(page)).toBe(3);
    expect(countCommerceCues(page, marked)).toBe(3);
  });
});

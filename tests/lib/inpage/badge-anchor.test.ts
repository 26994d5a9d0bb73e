import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findBadgeAnchor, headlineOverlap } from '../../../lib/inpage/badge-anchor';

function doc(html: string): Document {
  const win = new Window({ url: 'https://www.example-news.test/world/2026/02/04/story' });
  win.document.write(html);
  return win.document as unknown as Document;
}

describe('findBadgeAnchor', () => {
  it('picks the h1 that shows the headline', () => {
    const d = doc(`<header><h1 class="site">Example News</h1></header>
      <article><h1 id="hl">China's Xi and Russia's Putin reinforce ties in video call</h1><p>Body</p></article>`);
    expect(findBadgeAnchor(d, "China's Xi and Russia's Putin reinforce ties in video call")?.id).toBe('hl');
  });

  it('accepts a headline element that is not an h1', () => {
    const d = doc(`<div itemprop="headline" id="hl">Putin and Xi strengthen economic ties</div>`);
    expect(findBadgeAnchor(d, 'Putin and Xi strengthen economic ties')?.id).toBe('hl');
  });

  it('returns null when nothing on the page shows the headline', () => {
    const d = doc(`<h1>Weather in Berlin</h1><h2>Sports results</h2>`);
    expect(findBadgeAnchor(d, 'Putin and Xi strengthen economic ties')).toBeNull();
  });

  it('ignores containers whose text is far longer than the headline', () => {
    const long = 'Putin and Xi strengthen economic ties '.repeat(10);
    const d = doc(`<div class="headline-list">${long}</div>`);
    expect(findBadgeAnchor(d, 'Putin and Xi strengthen economic ties')).toBeNull();
  });
});

describe('headlineOverlap', () => {
  it('is the share of headline tokens present, case- and punctuation-insensitive', () => {
    expect(headlineOverlap('Xi, Putin hold call', 'XI PUTIN HOLD CALL!')).toBe(1);
    expect(headlineOverlap('Xi Putin hold call', 'Xi Putin')).toBe(0.5);
    expect(headlineOverlap('', 'anything')).toBe(0);
  });
});

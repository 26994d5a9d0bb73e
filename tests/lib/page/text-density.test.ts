import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BODY_TEXT_CHARS, DENSE_TEXT_SCORE, measureLeadText, measureText } from '../../../lib/page/text-density';

function loadDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const para = (word: string, n = 30): string => `<p>${Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ')}.</p>`;

describe('measureLeadText', () => {
  it('starts the body at the first long paragraph after the headline that has prose siblings', () => {
    const doc = loadDocument(
      `<html><body>${para('before')}<h1>Headline</h1>` +
        `<figure><figcaption>${para('caption')}</figcaption></figure>` +
        `<div class="body">${para('first')}${para('second')}${para('third')}</div></body></html>`,
    );
    const lead = measureLeadText(doc, doc.getElementsByTagName('h1')[0] as Element);
    expect(lead?.bodyText.startsWith('first0 first1')).toBe(true);
    expect(lead?.bodyText).toContain('second0');
    expect(lead?.bodyText).not.toContain('caption0');
    expect(lead?.bodyText).not.toContain('before0');
    expect(lead?.leadElement.textContent?.startsWith('first0')).toBe(true);
  });

  it('stops at about BODY_TEXT_CHARS characters', () => {
    const body = Array.from({ length: 40 }, (_, i) => para(`w${i}x`)).join('');
    const doc = loadDocument(`<html><body><h1>Headline</h1><div>${body}</div></body></html>`);
    const lead = measureLeadText(doc, doc.getElementsByTagName('h1')[0] as Element);
    expect(lead).not.toBeNull();
    expect(lead?.bodyText.length ?? 0).toBeLessThanOrEqual(BODY_TEXT_CHARS + 1);
    expect(lead?.bodyText.endsWith('…')).toBe(true);
  });

  it('gives up (null) when no paragraph cluster follows the headline', () => {
    const doc = loadDocument(`<html><body><div>${para('a')}</div><div>${para('b')}</div><h1>Headline</h1><div>${para('c')}</div></body></html>`);
    expect(measureLeadText(doc, doc.getElementsByTagName('h1')[0] as Element)).toBeNull();
  });

  it('agrees with the full walk on a plain article', () => {
    const doc = loadDocument(`<html><body><h1>Headline</h1><nav>${para('nav')}</nav><div>${para('one')}${para('two')}</div></body></html>`);
    const lead = measureLeadText(doc, doc.getElementsByTagName('h1')[0] as Element);
    const full = measureText(doc);
    expect(lead?.bodyText).toBe(full.bodyText);
    expect(lead?.leadElement).toBe(full.leadElement);
  });
});

describe('measureText', () => {
  const paras = (word: string, n: number): string => Array.from({ length: n }, (_, i) => para(`${word}${i}x`, 40)).join('');

  it('stops once one container holds a dense body, leaving the comments below unread', () => {
    const comments = Array.from({ length: 30 }, (_, i) => `<div class="c">${para(`comment${i}x`, 40)}</div>`).join('');
    const doc = loadDocument(`<html><body><h1>Headline</h1><div class="body">${paras('body', 8)}</div>${comments}</body></html>`);
    const stats = measureText(doc);
    expect(stats.leadElement?.textContent?.startsWith('body0x0')).toBe(true);
    expect(stats.bodyText.startsWith('body0x0')).toBe(true);
    expect(stats.readerableScore).toBeGreaterThanOrEqual(40);
    // Read up to the fifth body paragraph (the lead's worth), none of the comments.
    expect(stats.longParagraphs).toBeLessThan(8);
    expect(stats.bodyText).not.toContain('comment');
  });

  it('reads a live blog to its end: no post holds a body of its own', () => {
    const posts = Array.from({ length: 30 }, (_, i) => `<div class="post">${paras(`post${i}p`, 3)}</div>`).join('');
    const stats = measureText(loadDocument(`<html><body><h1>Live</h1>${posts}</body></html>`));
    expect(stats.longParagraphs).toBe(90);
    expect(stats.bodyShare).toBeLessThan(0.08);
  });

  it('goes on while the teaser links outweigh the prose read so far', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<h2><a href="/s${i}">A teaser headline of a listed story ${i}</a></h2>`).join('');
    const body = `<div class="body">${paras('body', 12)}</div>`;
    const listing = measureText(loadDocument(`<html><body>${teasers}${body}</body></html>`));
    expect(listing.teaserLinks).toBe(30);
    expect(listing.longParagraphs).toBe(12);
    // The same body without the teasers: settled before its end.
    expect(measureText(loadDocument(`<html><body>${body}</body></html>`)).longParagraphs).toBeLessThan(12);
  });

  it('counts password inputs only below a dense body (the password-form signal asks no more)', () => {
    const form = '<form><input type="text" name="user"><input type="PASSWORD" name="pw"></form>';
    const wall = measureText(loadDocument(`<html><body>${form}<p>${'Sign in to read on. '.repeat(3)}</p></body></html>`));
    expect(wall.readerableScore).toBeLessThan(DENSE_TEXT_SCORE);
    expect(wall.passwordInputs).toBe(1);
    const article = measureText(loadDocument(`<html><body>${form}<div class="body">${paras('body', 8)}</div></body></html>`));
    expect(article.readerableScore).toBeGreaterThanOrEqual(DENSE_TEXT_SCORE);
    expect(article.passwordInputs).toBe(0);
  });
});

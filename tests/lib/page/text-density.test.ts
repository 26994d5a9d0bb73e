import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BODY_TEXT_CHARS, measureLeadText, measureText } from '../../../lib/page/text-density';

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

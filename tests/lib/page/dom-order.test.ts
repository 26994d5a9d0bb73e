import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createPositionFinder, isInside, precedes } from '../../../lib/page/dom-order';

describe('document order', () => {
  const { document } = parseHTML(
    '<html><body><header><h1 id="h">Title</h1></header><main><div><p id="a">A</p></div><p id="b">B</p></main></body></html>',
  );
  const byId = (id: string): Element => document.getElementById(id) as Element;

  it('orders elements in different branches', () => {
    expect(precedes(byId('h'), byId('a'))).toBe(true);
    expect(precedes(byId('a'), byId('h'))).toBe(false);
    expect(precedes(byId('a'), byId('b'))).toBe(true);
    expect(precedes(byId('b'), byId('a'))).toBe(false);
  });

  it('puts an ancestor before its descendants', () => {
    const main = document.querySelector('main') as Element;
    expect(precedes(main, byId('b'))).toBe(true);
    expect(precedes(byId('b'), main)).toBe(false);
    expect(isInside(byId('b'), main)).toBe(true);
    expect(isInside(main, byId('b'))).toBe(false);
  });

  it('orders siblings both ways', () => {
    const ps = document.querySelectorAll('main > *');
    const [div, b] = [ps[0] as Element, ps[1] as Element];
    expect(precedes(div, b)).toBe(true);
    expect(precedes(b, div)).toBe(false);
  });

  it('locates nodes against one reference as isInside and precedes do', () => {
    const locate = createPositionFinder(byId('a'));
    const main = document.querySelector('main') as Element;
    expect(locate(byId('a'))).toBe('same');
    expect(locate(main)).toBe('ancestor');
    expect(locate(byId('h'))).toBe('before');
    expect(locate(byId('b'))).toBe('after');
    expect(locate(byId('a').firstChild as Node)).toBe('inside');
    expect(locate(parseHTML('<p>x</p>').document.querySelector('p') as Element)).toBe('unrelated');
    for (const el of document.querySelectorAll('*')) {
      const position = locate(el);
      expect(position === 'before' || position === 'ancestor').toBe(precedes(el, byId('a')));
      expect(position === 'inside' || position === 'same').toBe(isInside(el, byId('a')));
    }
  });
});

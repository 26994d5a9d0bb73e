import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isInside, precedes } from '../../../lib/page/dom-order';

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
});

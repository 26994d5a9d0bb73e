import { describe, expect, it } from 'vitest';
import { isNewPage } from '../../../lib/page/url-change';

describe('isNewPage', () => {
  it('re-analyzes after a history navigation to another path', () => {
    expect(isNewPage(new URL('https://news.example/world/a-story'), new URL('https://news.example/world/b-story'))).toBe(true);
    expect(isNewPage(null, new URL('https://news.example/'))).toBe(true);
  });

  it('ignores fragment and tracking-parameter changes', () => {
    expect(isNewPage(new URL('https://news.example/a'), new URL('https://news.example/a#comments'))).toBe(false);
    expect(isNewPage(new URL('https://news.example/a'), new URL('https://news.example/a?utm_source=x'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveBase, resolveHttpUrl } from '../../../lib/feeds/feed-links';

describe('resolveHttpUrl', () => {
  it('resolves relative links and keeps only http(s)', () => {
    expect(resolveHttpUrl('/a/b?c=1', 'https://example.com/feed.xml')).toBe('https://example.com/a/b?c=1');
    expect(resolveHttpUrl('  http://example.com/x  ')).toBe('http://example.com/x');
    expect(resolveHttpUrl('//cdn.example.com/i.jpg', 'https://example.com/')).toBe('https://cdn.example.com/i.jpg');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'mailto:a@b.c', 'ftp://example.com/x']) {
      expect(resolveHttpUrl(bad, 'https://example.com/'), bad).toBeNull();
    }
    expect(resolveHttpUrl('relative/only')).toBeNull();
    expect(resolveHttpUrl('https://example.com/' + 'a'.repeat(5000))).toBeNull();
    expect(resolveHttpUrl('http://')).toBeNull();
    expect(resolveHttpUrl('https://bank.example@evil.example/login')).toBe('https://evil.example/login');
  });

  it('chains bases (xml:base)', () => {
    const feedBase = resolveBase('https://example.com/section/', 'https://example.com/feed.atom');
    const entryBase = resolveBase('sub/', feedBase);
    expect(resolveHttpUrl('page.html', entryBase)).toBe('https://example.com/section/sub/page.html');
    expect(resolveBase(null, 'https://example.com/')).toBe('https://example.com/');
  });
});

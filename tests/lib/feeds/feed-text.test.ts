import { describe, expect, it } from 'vitest';
import { decodeEntities, findFirstImageSrc, htmlToText, truncateText } from '../../../lib/feeds/feed-text';

describe('htmlToText', () => {
  it.each([
    ['Plain   headline\n with  spaces', 'Plain headline with spaces'],
    ['<p>Para one</p><p>Para two</p>', 'Para one Para two'],
    ['Hel<b>lo</b> w<i>orld</i>', 'Hello world'],
    ['&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;', 'Escaped & HTML'],
    ['Tom &amp;amp; Jerry', 'Tom & Jerry'],
    ['<![CDATA[<b>In</b> CDATA]]>', 'In CDATA'],
    ['Before<script>alert("x")</script>After', 'Before After'],
    ['A<style>p{color:red}</style>B', 'A B'],
    ['x<!-- comment -->y', 'x y'],
    ['&#8220;Quoted&#8221; &#x2014; &hellip;', '“Quoted” — …'],
    ['&#146;windows&#146;', '’windows’'],
    ['Unknown &madeup; entity', 'Unknown &madeup; entity'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['zero\u200bwidth\u00a0nbsp\u0007bell', 'zerowidth nbspbell'],
    ['&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Safe', 'Safe'],
    ['<a href="javascript:alert(1)">click</a> here', 'click here'],
    ['Invoice \u202egpj.exe', 'Invoice gpj.exe'],
  ])('%j', (input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });

  it('stops unescaping after a bounded number of passes', () => {
    const deep = '&amp;'.repeat(1) + 'amp;'.repeat(50) + 'lt;';
    expect(() => htmlToText(deep)).not.toThrow();
    expect(htmlToText('&amp;amp;amp;amp;amp;lt;b&gt;')).toContain('&');
  });

  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncateText('one two three four five', 12)).toBe('one two…');
    expect(htmlToText('<p>' + 'word '.repeat(200) + '</p>', 50).length).toBeLessThanOrEqual(50);
  });

  it('handles unterminated markup in linear time', () => {
    const hostile = '<script>'.repeat(20_000) + '<!--'.repeat(20_000) + '<![CDATA['.repeat(20_000) + '<a '.repeat(20_000);
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references; bad code points become U+FFFD', () => {
    expect(decodeEntities('&eacute;&#233;&#xE9;&#xe9')).toBe('éééé');
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
    expect(decodeEntities('AT&T &copy')).toBe('AT&T &copy');
  });
});

describe('findFirstImageSrc', () => {
  it('finds images in raw and escaped HTML', () => {
    expect(findFirstImageSrc('<p><img alt="" src="/a.jpg?x=1&amp;y=2"></p>')).toBe('/a.jpg?x=1&y=2');
    expect(findFirstImageSrc('&lt;img src="https://e.com/b.png"&gt;')).toBe('https://e.com/b.png');
    expect(findFirstImageSrc("<img src='c.gif'/>")).toBe('c.gif');
    expect(findFirstImageSrc('no image')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, readCharset } from '../../../lib/feeds/feed-encoding';

const xml = (encoding: string, body: string) => `<?xml version="1.0" encoding="${encoding}"?><rss>${body}</rss>`;
const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('decodeFeedBytes', () => {
  it('prefers the BOM over everything else', () => {
    const utf16be = new Uint8Array([0xfe, 0xff, ...[...'<rss>é</rss>'].flatMap((char) => [0, char.charCodeAt(0)])]);
    expect(decodeFeedBytes(utf16be, 'text/xml; charset=iso-8859-1')).toMatchObject({ text: '<rss>é</rss>', encoding: 'utf-16be' });
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<rss>ok</rss>')]);
    expect(decodeFeedBytes(utf8).text).toBe('<rss>ok</rss>');
  });

  it('reads UTF-16 without a BOM from its zero bytes', () => {
    const utf16le = new Uint8Array([...'<rss/>'].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(decodeFeedBytes(utf16le).text).toBe('<rss/>');
  });

  it('uses the prolog, then the HTTP charset', () => {
    const latin = new Uint8Array([...ascii(xml('ISO-8859-15', '')).slice(0, -6), 0xa4, ...ascii('</rss>')]);
    expect(decodeFeedBytes(latin, 'text/xml; charset=utf-8').text).toContain('€'); // 0xA4 is € in 8859-15
    const koi8 = new Uint8Array([...ascii('<rss>'), 0xf0, 0xd2, 0xc1, 0xd7, 0xc4, 0xc1, ...ascii('</rss>')]);
    expect(decodeFeedBytes(koi8, 'application/rss+xml; charset="KOI8-R"').text).toBe('<rss>Правда</rss>');
  });

  it('maps windows-1252 bytes 0x80–0x9F to their characters', () => {
    const text = decodeFeedBytes(new Uint8Array([...ascii(xml('windows-1252', '')), 0x93, 0x80, 0x94, 0x85])).text;
    expect(text.endsWith('“€”…')).toBe(true);
  });

  it('falls back to windows-1252 for invalid UTF-8 and ignores unknown labels', () => {
    expect(decodeFeedBytes(bytes(0x3c, 0x61, 0x3e, 0xe9, 0x3c))).toMatchObject({ text: '<a>é<', encoding: 'windows-1252' });
    const unknown = decodeFeedBytes(ascii(xml('x-made-up', 'ok')));
    expect(unknown.encoding).toBe('utf-8');
    expect(unknown.errors).toContain('unknown encoding "x-made-up" ignored');
  });

  it('reads UTF-8 mislabelled as a legacy encoding as UTF-8, but keeps real legacy bytes', () => {
    const utf8 = new TextEncoder().encode(xml('ISO-8859-1', 'Zürich – “quoted”'));
    expect(decodeFeedBytes(utf8)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeFeedBytes(utf8).text).toContain('Zürich – “quoted”');
    const latin = new Uint8Array([...ascii('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Z'), 0xfc, ...ascii('rich</rss>')]);
    expect(decodeFeedBytes(latin)).toMatchObject({ encoding: 'windows-1252', errors: [] });
    expect(decodeFeedBytes(latin).text).toContain('Zürich');
    const header = new TextEncoder().encode('<rss>Café</rss>');
    expect(decodeFeedBytes(header, 'text/xml; charset=windows-1252').text).toBe('<rss>Café</rss>');
  });

  it('reads the charset parameter', () => {
    expect(readCharset('text/xml; charset=UTF-8')).toBe('UTF-8');
    expect(readCharset('text/xml;charset="windows-1251"')).toBe('windows-1251');
    expect(readCharset('text/xml')).toBeNull();
    expect(readCharset(null)).toBeNull();
  });
});

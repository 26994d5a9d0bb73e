import { describe, expect, it } from 'vitest';
import { cleanHeadline, isSiteNameOnly, type SiteContext } from '../../../lib/page/headline-cleanup';

const site = (host: string, ...names: string[]): SiteContext => ({ host, names });

describe('cleanHeadline', () => {
  it.each([
    ['Chelsea hoping to sign Anelka - \n\tSoccer\n - \nSport\n - \nBreaking News\n - \nBelfast Telegraph', site('www.belfasttelegraph.co.uk'), 'Chelsea hoping to sign Anelka'],
    ['Philippine president orders evacuations owing to typhoon_English_Xinhua', site('news.xinhuanet.com'), 'Philippine president orders evacuations owing to typhoon'],
    ['New Zealand wrap up series\n| Sports\n| Cricket\n| Reuters', site('uk.reuters.com'), 'New Zealand wrap up series'],
    ['BBC News - Rail strike called off', site('www.bbc.co.uk', 'BBC News'), 'Rail strike called off'],
    ['AFP: Riley unlikely to return as Heat coach', site('afp.google.com'), 'Riley unlikely to return as Heat coach'],
    ['Sonics | Veteran, rookie are tops in Sonics win | Seattle Times Newspaper', site('seattletimes.nwsource.com'), 'Veteran, rookie are tops in Sonics win'],
    ["TV3 > News > National News > Story > Officials plan Sir Ed's state funeral", site('www.tv3.co.nz'), "Officials plan Sir Ed's state funeral"],
    ['The Hindu : Business : BSNL offers insurance cover to subscribers', site('www.hindu.com'), 'BSNL offers insurance cover to subscribers'],
    ['Pace star’s Bollywood adventure (from The Bolton News)', site('www.thisisbolton.co.uk'), 'Pace star’s Bollywood adventure'],
    ['Wednesday, 09 January 2008 Jeremy Clarkson ripped off', site('www.example.com'), 'Jeremy Clarkson ripped off'],
    ['=> The One to Watch: Harmony One Introduces Evolution <=', site('www.finanznachrichten.de'), 'The One to Watch: Harmony One Introduces Evolution'],
    ['Music- Lavigne lawsuit settled', site('www.example.org'), 'Lavigne lawsuit settled'],
    ['ゴールデンウィークの注意喚起：IPA 独立行政法人 情報処理推進機構', site('www.ipa.go.jp'), 'ゴールデンウィークの注意喚起'],
    ['Flood warnings extended: KBN Regional Broadcasting', site('www.kbn.example'), 'Flood warnings extended'],
  ])('%j', (raw, ctx, expected) => {
    expect(cleanHeadline(raw, ctx)).toBe(expected);
  });

  it('keeps kickers that are part of the headline', () => {
    expect(cleanHeadline('Analysis: Why banks wait | Reuters', site('www.reuters.com'))).toBe('Analysis: Why banks wait');
    expect(cleanHeadline('Gill: Glazers have been vindicated - Halifax Today', site('www.halifaxcourier.co.uk', 'Halifax Today'))).toBe(
      'Gill: Glazers have been vindicated',
    );
    expect(cleanHeadline('Macron : « Nous tiendrons » - Le Journal', site('www.lejournal.fr', 'Le Journal'))).toBe('Macron : « Nous tiendrons »');
  });

  it('decodes entities and odd whitespace', () => {
    expect(cleanHeadline('Mayor&#8217;s plan &amp;\u00a0the\u200b row', site('x.example'))).toBe('Mayor’s plan & the row');
  });

  it('keeps a headline that merely mentions the site', () => {
    expect(cleanHeadline('Reuters poll: most economists expect a rate cut in June', site('www.reuters.com'))).toBe(
      'Reuters poll: most economists expect a rate cut in June',
    );
  });
});

describe('isSiteNameOnly', () => {
  it('recognises titles that are only the site name or tagline parts of it', () => {
    expect(isSiteNameOnly('BBC News', site('www.bbc.co.uk', 'BBC News'))).toBe(true);
    expect(isSiteNameOnly('NOLA.com', site('www.nola.com'))).toBe(true);
    expect(isSiteNameOnly('Floods close the ring road', site('www.nola.com'))).toBe(false);
  });
});

// Deterministic, realistic synthetic feeds (RSS 2.0 with media/dc, Atom) for benchmarks of the
// ingest path: varied headlines, HTML summaries, entities, real-world date formats. Pure; CLI/bench only.

const WORDS = (
  'government minister election vote parliament court ruling economy inflation markets stocks bank rates ' +
  'climate storm flood wildfire police investigation trial verdict health hospital vaccine study scientists ' +
  'war ceasefire talks troops border refugees protest strike workers union energy oil prices summit leaders ' +
  'president prime budget tax reform school teachers students housing city council mayor football final ' +
  'championship coach transfer technology company shares profit layoffs regulators privacy data launch'
).split(' ');
const NAMES = ['Biden', 'Macron', 'Scholz', 'Sunak', 'Modi', 'Lula', 'Kishida', 'Albanese', 'Trudeau', 'Meloni'];
const PLACES = ['Paris', 'Berlin', 'Kyiv', 'Gaza', 'Tokyo', 'Delhi', 'Brasília', 'Ottawa', 'Rome', 'Nairobi'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number, words: number): string {
  const parts = Array.from({ length: words }, () => pick(WORDS, random));
  parts.splice(Math.floor(random() * words), 0, pick(NAMES, random));
  parts.splice(Math.floor(random() * words), 0, pick(PLACES, random));
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function rfc822(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export interface SampleFeed {
  url: string;
  body: string;
  items: number;
}

/** Feed number `feedIndex` with `items` items published before `now`; every third one is Atom. */
export function generateSampleFeed(feedIndex: number, items: number, now: number): SampleFeed {
  const random = createRandom(feedIndex * 7919 + 17);
  const host = `www.outlet-${feedIndex}.example`;
  const atom = feedIndex % 3 === 2;
  const entries: string[] = [];
  for (let i = 0; i < items; i++) {
    const title = sentence(random, 6 + Math.floor(random() * 6));
    const lead = `${sentence(random, 18 + Math.floor(random() * 14))}. ${sentence(random, 10)}.`;
    const slug = title.toLowerCase().replace(/[^a-z]+/g, '-').slice(0, 60);
    const link = `https://${host}/news/2026/${slug}-${feedIndex}-${i}?utm_source=rss&utm_medium=feed`;
    const published = now - Math.floor(random() * 3 * 86_400_000);
    if (atom) {
      entries.push(
        `<entry><title type="html">${title} &amp;amp; more</title><link rel="alternate" type="text/html" href="${link.replace(/&/g, '&amp;')}"/>` +
          `<id>tag:${host},2026:${i}</id><published>${new Date(published).toISOString()}</published><updated>${new Date(published).toISOString()}</updated>` +
          `<author><name>${pick(NAMES, random)} Reporter</name></author><summary type="html">&lt;p&gt;${lead}&lt;/p&gt;</summary></entry>`,
      );
    } else {
      entries.push(
        `<item><title><![CDATA[${title} — ‘live’]]></title><link>${link.replace(/&/g, '&amp;')}</link>` +
          `<guid isPermaLink="false">${host}-${i}</guid><pubDate>${rfc822(published)}</pubDate>` +
          `<description><![CDATA[<p>${lead}</p><p><a href="https://${host}/more">Read more</a> &raquo;</p>]]></description>` +
          `<dc:creator>${pick(NAMES, random)} Reporter</dc:creator><category>${pick(WORDS, random)}</category>` +
          `<media:thumbnail url="https://img.${host}/${i}.jpg" width="240" height="135"/></item>`,
      );
    }
  }
  const body = atom
    ? `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Outlet ${feedIndex}</title>` +
      `<link rel="alternate" href="https://${host}/"/><id>tag:${host},2026:feed</id><updated>${new Date(now).toISOString()}</updated>${entries.join('')}</feed>`
    : `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">` +
      `<channel><title>Outlet ${feedIndex}</title><link>https://${host}/</link><language>en</language>${entries.join('')}</channel></rss>`;
  return { url: `https://${host}/feed`, body, items };
}

import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CHIP_BATCH_SIZE, FIRST_CHIP_BATCH_SIZE, startChipAnnotator } from '../../../lib/inpage/chip-annotator';
import { SCAN_MIN_LINKS } from '../../../lib/inpage/link-scan';
import type { LinkInfo } from '../../../lib/protocol';

function setup(html: string, idleLeftMs = Infinity) {
  const win = new Window({ url: 'https://news.aggregator.test/' });
  win.document.write(`<!doctype html><html><body>${html}</body></html>`);
  const doc = win.document as unknown as Document;
  const mounted: string[] = [];
  const lookups: string[][] = [];
  const scans = { count: 0 };
  const annotator = startChipAnnotator({
    doc,
    pageUrl: () => new URL('https://news.aggregator.test/'),
    rule: null,
    lookup: async (urls) => {
      lookups.push(urls);
      return urls.map((u): LinkInfo | null =>
        u.includes('known-outlet') ? { outletId: 'known', name: 'Known Outlet', bias: 'center', outlets: 3 } : null,
      );
    },
    mountChip: (anchor, info) => {
      mounted.push(`${anchor.getAttribute('href')} ${info.name}`);
      const chip = doc.createElement('parallax-chip');
      anchor.after(chip);
    },
    isOwnNode: (node) => node.nodeName === 'PARALLAX-CHIP',
    scheduleIdle: (task) => {
      scans.count += 1;
      setTimeout(() => task(() => idleLeftMs), 0);
    },
    setTimeout: (task, ms) => setTimeout(task, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  return { win, doc, mounted, lookups, annotator, scans };
}

const link = (host: string, slug: string) =>
  `<p><a href="https://${host}/2026/02/04/${slug}">A headline long enough about ${slug} and more</a></p>`;

describe('startChipAnnotator', () => {
  it('chips links of known outlets only, each once', async () => {
    const { mounted, annotator, doc } = setup(link('known-outlet.test', 'a') + link('unknown.test', 'b'));
    await annotator.idle();
    expect(mounted).toEqual(['https://known-outlet.test/2026/02/04/a Known Outlet']);
    expect(doc.querySelectorAll('parallax-chip')).toHaveLength(1);
    annotator.stop();
  });

  it('looks up a small first batch (the top of the page), then batches of at most CHIP_BATCH_SIZE', async () => {
    const total = FIRST_CHIP_BATCH_SIZE + CHIP_BATCH_SIZE + 30;
    const many = Array.from({ length: total }, (_, i) => link('known-outlet.test', `s${i}`)).join('');
    const { lookups, mounted, annotator } = setup(many);
    await annotator.idle();
    expect(lookups.map((l) => l.length)).toEqual([FIRST_CHIP_BATCH_SIZE, CHIP_BATCH_SIZE, 30]);
    expect(mounted).toHaveLength(total);
    annotator.stop();
  });

  it('ends a slice when the idle period is used up, and still gets through every link', async () => {
    const total = SCAN_MIN_LINKS * 2 + 20;
    const many = Array.from({ length: total }, (_, i) => link('known-outlet.test', `s${i}`)).join('');
    const { lookups, mounted, annotator } = setup(many, 0);
    await annotator.idle();
    expect(lookups.map((l) => l.length)).toEqual([SCAN_MIN_LINKS, SCAN_MIN_LINKS, 20]);
    expect(mounted).toHaveLength(total);
    annotator.stop();
  });

  it('annotates links added later (infinite scroll), after the debounce', async () => {
    const { doc, mounted, annotator } = setup(link('known-outlet.test', 'first'));
    await annotator.idle();
    const more = doc.createElement('div');
    more.innerHTML = link('known-outlet.test', 'second');
    doc.body.append(more);
    await new Promise((r) => setTimeout(r, 400));
    await annotator.idle();
    expect(mounted).toHaveLength(2);
    annotator.stop();
  });

  it('does not scan again for its own chips, only for nodes the page adds', async () => {
    const { doc, mounted, annotator, scans } = setup(link('known-outlet.test', 'first') + link('known-outlet.test', 'second'));
    await annotator.idle();
    expect(mounted).toHaveLength(2);
    const afterFirstScan = scans.count;
    // The chips mounted above are DOM insertions too: they must not start another scan.
    await new Promise((r) => setTimeout(r, 400));
    await annotator.idle();
    expect(scans.count).toBe(afterFirstScan);
    doc.body.append(doc.createElement('parallax-chip'));
    await new Promise((r) => setTimeout(r, 400));
    expect(scans.count).toBe(afterFirstScan);
    const more = doc.createElement('p');
    doc.body.append(more);
    await new Promise((r) => setTimeout(r, 400));
    await annotator.idle();
    expect(scans.count).toBeGreaterThan(afterFirstScan);
    annotator.stop();
  });

  it('does nothing after stop', async () => {
    const { doc, mounted, annotator } = setup('');
    annotator.stop();
    const more = doc.createElement('div');
    more.innerHTML = link('known-outlet.test', 'late');
    doc.body.append(more);
    await new Promise((r) => setTimeout(r, 400));
    expect(mounted).toHaveLength(0);
  });
});

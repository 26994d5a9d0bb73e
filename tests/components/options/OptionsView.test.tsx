// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../../components/options/OptionsView';
import type { ActionResult } from '../../../components/options/types';
import { buttonByText, click, key, mount, submit, typeInto, type Mounted } from '../render-helpers';
import { FEEDS, NOW, RUNNING_INDEX, mockOptionsActions, viewProps } from './options-fixtures';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

/** Lets pending action promises settle and Preact re-render. */
async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** Opens a group's <details> as a click on its summary would. */
function openGroup(group: Element) {
  const details = group.querySelector('details')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

function labelOf(root: HTMLElement, id: string): string {
  return (root.querySelector(`label[for="${id}"]`)?.textContent ?? '').trim();
}

function input(root: HTMLElement, selector: string): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

function change(el: HTMLInputElement | HTMLSelectElement, value?: string) {
  act(() => {
    if (value !== undefined) el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('OptionsView: badges', () => {
  it('gives the badge toggles their stable ids and accessible labels', () => {
    m = mount(<OptionsView {...viewProps({}, { articleBadge: true, linkChips: false })} />);
    expect(labelOf(m.container, 'setting-article-badge')).toBe('Show a badge on news articles');
    expect(labelOf(m.container, 'setting-link-chips')).toBe('Show chips next to news links');
    expect(input(m.container, '#setting-article-badge').checked).toBe(true);
    expect(input(m.container, '#setting-link-chips').checked).toBe(false);
  });

  it('saves a toggle at once', () => {
    const actions = mockOptionsActions();
    m = mount(<OptionsView {...viewProps({ actions })} />);
    click(m.container.querySelector('#setting-article-badge'));
    expect(actions.updateSettings).toHaveBeenCalledWith({ articleBadge: false });
    click(m.container.querySelector('#setting-badge-detailed'));
    expect(actions.updateSettings).toHaveBeenCalledWith({ badgeStyle: 'detailed' });
  });

  it('adds a site, shows the refusal of an invalid one, and removes one', async () => {
    const actions = mockOptionsActions({
      addDisabledSite: vi.fn(async (s: string) => (s === 'nope' ? { ok: false as const, error: 'Not a site.' } : { ok: true as const })),
    });
    m = mount(<OptionsView {...viewProps({ actions }, { disabledSites: ['example.com'] })} />);
    const field = input(m.container, '#disabled-site-input');
    typeInto(field, 'nope');
    submit(field.form);
    await flush();
    expect(m.container.querySelector('[role="alert"]')?.textContent).toContain('Not a site.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('nope');
    typeInto(field, 'news.example.org');
    submit(field.form);
    await flush();
    expect(actions.addDisabledSite).toHaveBeenLastCalledWith('news.example.org');
    expect(field.value).toBe('');
    click(m.container.querySelector('button[aria-label="Remove example.com (Parallax runs there again)"]'));
    expect(actions.removeDisabledSite).toHaveBeenCalledWith('example.com');
  });
});

describe('OptionsView: sources', () => {
  it('groups the catalog by country with on/off counts, rows rendered when a group opens', () => {
    m = mount(<OptionsView {...viewProps({}, { disabledOutlets: ['fox-news'] })} />);
    const groups = [...m.container.querySelectorAll('.px-opt-group')];
    expect(groups.map((g) => g.querySelector('h4')?.textContent)).toEqual(['France', 'Germany', 'United Kingdom', 'United States']);
    const us = m.container.querySelector('[data-group="US"]')!;
    expect(us.textContent).toContain('1 of 2 on');
    expect(m.text()).toContain('5 of 6 outlets turned on');
    // Folded groups render no rows; opening one renders them.
    expect(m.container.querySelectorAll('[data-outlet]').length).toBe(0);
    openGroup(us);
    expect(input(m.container, '[data-outlet="fox-news"] input').checked).toBe(false);
    expect(input(m.container, '[data-outlet="npr"] input').checked).toBe(true);
    openGroup(m.container.querySelector('[data-group="DE"]')!);
    expect(m.container.querySelector('[data-outlet="sueddeutsche"]')?.textContent).toContain('no feed known');
  });

  it('turns a whole group off and one outlet on', () => {
    const actions = mockOptionsActions();
    m = mount(<OptionsView {...viewProps({ actions }, { disabledOutlets: ['fox-news'] })} />);
    click(m.container.querySelector('button[aria-label="All off: 2 outlets in United Kingdom"]'));
    expect(actions.setOutletsEnabled).toHaveBeenCalledWith(['reuters', 'guardian'], false);
    openGroup(m.container.querySelector('[data-group="US"]')!);
    click(m.container.querySelector('[data-outlet="fox-news"] input'));
    expect(actions.setOutletsEnabled).toHaveBeenLastCalledWith(['fox-news'], true);
  });

  it('filters by search text (accents ignored), bias and language, and regroups', () => {
    m = mount(<OptionsView {...viewProps()} />);
    const search = input(m.container, '#catalog-search');
    typeInto(search, 'suddeutsche');
    expect([...m.container.querySelectorAll('[data-outlet]')].map((e) => e.getAttribute('data-outlet'))).toEqual(['sueddeutsche']);
    expect(m.text()).toContain('1 outlet match');
    typeInto(search, 'groupe le monde');
    expect(m.container.querySelectorAll('[data-outlet]').length).toBe(1);
    typeInto(search, '');
    change(m.container.querySelector<HTMLSelectElement>('#catalog-bias')!, 'lean-left');
    expect(m.container.querySelectorAll('[data-outlet]').length).toBe(3);
    change(m.container.querySelector<HTMLSelectElement>('#catalog-group-by')!, 'language');
    expect([...m.container.querySelectorAll('.px-opt-group h4')].map((h) => h.textContent)).toEqual(['English', 'French']);
    change(m.container.querySelector<HTMLSelectElement>('#catalog-bias')!, '');
    change(m.container.querySelector<HTMLSelectElement>('#catalog-group-by')!, 'bias');
    expect([...m.container.querySelectorAll('.px-opt-group h4')].map((h) => h.textContent)).toEqual([
      'Lean Left',
      'Center',
      'Right',
      'Unrated',
    ]);
    typeInto(search, 'zzz');
    expect(m.text()).toContain('No outlet matches these filters.');
  });

  it('lists only the outlets that are off when asked', () => {
    m = mount(<OptionsView {...viewProps({}, { disabledOutlets: ['fox-news', 'le-monde'] })} />);
    change(m.container.querySelector<HTMLSelectElement>('#catalog-status')!, 'off');
    expect([...m.container.querySelectorAll('[data-outlet]')].map((e) => e.getAttribute('data-outlet')).sort()).toEqual(['fox-news', 'le-monde']);
    change(m.container.querySelector<HTMLSelectElement>('#catalog-status')!, 'on');
    expect(m.container.querySelectorAll('[data-outlet]').length).toBe(4);
  });

  it('adds a custom feed: shows the check in progress, then the error, keeping the address', async () => {
    let resolve!: (r: { ok: false; error: string }) => void;
    const actions = mockOptionsActions({ addCustomFeed: vi.fn(() => new Promise<ActionResult>((r) => (resolve = r))) });
    m = mount(<OptionsView {...viewProps({ actions })} />);
    const field = input(m.container, '#custom-feed-url');
    typeInto(field, 'https://bad.example/page');
    submit(field.form);
    await flush();
    expect(m.text()).toContain('Checking the feed…');
    expect(buttonByText(m.container, 'Checking…')?.disabled).toBe(true);
    resolve({ ok: false, error: 'This address is a web page, not a feed.' });
    await flush();
    expect(m.container.querySelector('#custom-feed-result')?.textContent).toContain('web page, not a feed');
    expect(field.value).toBe('https://bad.example/page');
  });

  it('lists custom feeds with a remove button each', () => {
    const actions = mockOptionsActions();
    m = mount(<OptionsView {...viewProps({ actions }, { customFeeds: [{ url: 'https://blog.example/feed', title: 'My blog' }] })} />);
    expect(m.container.querySelector('#custom-feed-list')?.textContent).toContain('My blog');
    click(m.container.querySelector('button[aria-label="Remove feed My blog"]'));
    expect(actions.removeCustomFeed).toHaveBeenCalledWith('https://blog.example/feed');
  });

  it('imports an OPML file through the action and reports the outcome', async () => {
    const actions = mockOptionsActions({ importOpml: vi.fn(async () => ({ ok: true as const, message: 'Imported: 2 new feeds added.' })) });
    m = mount(<OptionsView {...viewProps({ actions })} />);
    const file = input(m.container, '#opml-import');
    const opml = '<opml><body><outline xmlUrl="https://a.example/f"/></body></opml>';
    Object.defineProperty(file, 'files', { value: [new File([opml], 'feeds.opml')], configurable: true });
    act(() => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    await flush();
    expect(actions.importOpml).toHaveBeenCalledWith(opml);
    expect(m.text()).toContain('Imported: 2 new feeds added.');
    click(m.container.querySelector('#opml-export'));
    expect(actions.exportOpml).toHaveBeenCalled();
  });

  it('shows each feed with last fetch, items, error and backoff', () => {
    m = mount(<OptionsView {...viewProps()} />);
    const row = (url: string) => m!.container.querySelector(`tr[data-feed="${url}"]`)?.textContent ?? '';
    expect(row(FEEDS[0]!.url)).toContain('Reuters');
    expect(row(FEEDS[0]!.url)).toContain('5 min ago');
    expect(row(FEEDS[0]!.url)).toContain('42');
    expect(row(FEEDS[0]!.url)).toContain('OK');
    expect(row(FEEDS[1]!.url)).toContain('HTTP 503 Service Unavailable');
    expect(row(FEEDS[1]!.url)).toContain('Next try in 1 h');
    expect(row(FEEDS[1]!.url)).toContain('3 failures in a row');
    expect(row(FEEDS[2]!.url)).toContain('My blog');
    expect(row(FEEDS[2]!.url)).toContain('Not fetched yet');
    expect(m.text()).toContain('3 feeds fetched, 1 with problems');
    click(m.container.querySelector('#feeds-problems-only'));
    expect(m.container.querySelectorAll('tr[data-feed]').length).toBe(1);
  });
});

describe('OptionsView: ratings', () => {
  it('offers the three bias sources and saves the choice', () => {
    const actions = mockOptionsActions();
    m = mount(<OptionsView {...viewProps({ actions })} />);
    expect(input(m.container, '#setting-rating-consensus').checked).toBe(true);
    click(m.container.querySelector('#setting-rating-mbfc'));
    expect(actions.updateSettings).toHaveBeenCalledWith({ ratingSource: 'mbfc' });
    click(m.container.querySelector('#setting-show-factuality'));
    expect(actions.updateSettings).toHaveBeenCalledWith({ showFactuality: false });
  });

  it('explains each scale with an attributed link to the provider', () => {
    m = mount(<OptionsView {...viewProps()} />);
    const links = [...m.container.querySelectorAll<HTMLAnchorElement>('.px-opt-providers a')];
    expect(links.map((a) => a.textContent)).toEqual(['AllSides', 'Media Bias/Fact Check']);
    for (const a of links) {
      expect(a.href).toMatch(/^https:\/\//);
      expect(a.rel).toContain('noopener');
    }
    expect(m.text()).toContain('CC BY-NC 4.0');
  });
});

describe('OptionsView: index', () => {
  it('shows counts and storage, and refuses an out-of-range interval with a message', async () => {
    const actions = mockOptionsActions();
    m = mount(<OptionsView {...viewProps({ actions })} />);
    expect(m.container.querySelector('#index-articles')?.textContent).toBe('1,234');
    expect(m.container.querySelector('#index-stories')?.textContent).toBe('321');
    expect(m.container.querySelector('#index-storage')?.textContent).toBe('12.3 MB of 2.0 GB available');
    const minutes = input(m.container, '#setting-refresh-minutes');
    change(minutes, '2');
    await flush();
    expect(m.container.querySelector('#setting-refresh-minutes-error')?.textContent).toBe('Enter a whole number of minutes from 5 to 1440.');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    change(minutes, '12.5');
    await flush();
    expect(m.container.querySelector('#setting-refresh-minutes-error')).not.toBeNull();
    expect(actions.updateSettings).not.toHaveBeenCalled();
    change(minutes, '60');
    await flush();
    expect(actions.updateSettings).toHaveBeenCalledWith({ refreshMinutes: 60 });
    expect(m.container.querySelector('#setting-refresh-minutes-error')).toBeNull();
  });

  it('shows live progress while refreshing and disables the button', () => {
    m = mount(<OptionsView {...viewProps({ index: RUNNING_INDEX })} />);
    const button = m.container.querySelector<HTMLButtonElement>('#refresh-now')!;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Refreshing…');
    const bar = m.container.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('10');
    expect(bar.getAttribute('aria-valuemax')).toBe('40');
    expect(m.text()).toContain('10 of 40 feeds fetched');
  });

  it('says when a refresh had to remove the oldest articles because storage was full', () => {
    const progress = { ...RUNNING_INDEX.progress, pruned: 120 };
    m = mount(<OptionsView {...viewProps({ index: { ...RUNNING_INDEX, progress } })} />);
    expect(m.text()).toContain('storage full: 120 oldest articles removed to make room');
    m.unmount();
    m = mount(<OptionsView {...viewProps({ index: RUNNING_INDEX })} />);
    expect(m.text()).not.toContain('storage full');
  });

  it('asks for confirmation before clearing the index', async () => {
    const actions = mockOptionsActions({ clearIndex: vi.fn(async () => ({ ok: true as const, message: 'The index is empty now.' })) });
    m = mount(<OptionsView {...viewProps({ actions })} />);
    click(m.container.querySelector('#clear-index'));
    expect(actions.clearIndex).not.toHaveBeenCalled();
    click(buttonByText(m.container, 'Yes, delete all collected articles'));
    await flush();
    expect(actions.clearIndex).toHaveBeenCalledTimes(1);
    expect(m.text()).toContain('The index is empty now.');
    click(m.container.querySelector('#reset-settings'));
    expect(document.activeElement?.textContent).toBe('Yes, reset to the defaults');
    click(buttonByText(m.container, 'Cancel'));
    expect(actions.resetSettings).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('reset-settings');
    click(m.container.querySelector('#reset-settings'));
    key(document.activeElement, 'Escape');
    expect(m.container.querySelector('#reset-settings')).not.toBeNull();
  });
});

describe('OptionsView: page', () => {
  it('announces saves in a polite live region', () => {
    m = mount(<OptionsView {...viewProps({ saveStatus: { state: 'saved', message: 'Saved: article badge off.' } })} />);
    const status = m.container.querySelector('#save-status')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Saved: article badge off.');
  });

  it('states plainly what leaves the browser', () => {
    m = mount(<OptionsView {...viewProps()} />);
    const privacy = m.container.querySelector('#privacy')!.textContent ?? '';
    expect(privacy).toContain('Nothing about your browsing leaves your browser');
    expect(privacy).toContain('No telemetry');
  });

  it('labels every form control', () => {
    m = mount(<OptionsView {...viewProps({}, { customFeeds: [{ url: 'https://blog.example/feed', title: null }] })} />);
    const controls = [...m.container.querySelectorAll<HTMLElement>('input, select')];
    expect(controls.length).toBeGreaterThan(20);
    const unlabelled = controls.filter((c) => !c.id || !m!.container.querySelector(`label[for="${c.id}"]`));
    expect(unlabelled.map((c) => c.outerHTML.slice(0, 80))).toEqual([]);
    const ids = controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps each button’s visible text in its accessible name (label in name)', () => {
    m = mount(<OptionsView {...viewProps({}, { disabledSites: ['example.com'], customFeeds: [{ url: 'https://blog.example/feed', title: 'Blog' }] })} />);
    const buttons = [...m.container.querySelectorAll<HTMLButtonElement>('button[aria-label]')];
    expect(buttons.length).toBeGreaterThan(5);
    const bad = buttons.filter((b) => !b.getAttribute('aria-label')!.toLowerCase().includes((b.textContent ?? '').trim().toLowerCase()));
    expect(bad.map((b) => `${b.textContent} / ${b.getAttribute('aria-label')}`)).toEqual([]);
  });

  it('has one section per area, reachable from the navigation', () => {
    m = mount(<OptionsView {...viewProps()} />);
    for (const a of m.container.querySelectorAll<HTMLAnchorElement>('nav a')) {
      const id = a.getAttribute('href')!.slice(1);
      expect(m.container.querySelector(`section#${id}`), id).not.toBeNull();
    }
    expect(NOW).toBeGreaterThan(0);
  });
});

import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles/popup.css';
import { App } from './App';

/** The tab to describe: `?tab=<id>` when opened as a page (tests, demo), else the active tab. */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const root = document.getElementById('app');
if (root) {
  resolveTabId().then(
    (tabId) => render(<App tabId={tabId} />, root),
    () => render(<App tabId={null} />, root),
  );
}

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

/** Inside the in-page panel (a frame on the article page): Escape asks the page's badge to close it. */
const embedded = new URLSearchParams(location.search).get('embed') === '1';
if (embedded) {
  document.documentElement.classList.add('px-embedded');
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') window.parent.postMessage('parallax:close-panel', '*');
  });
}

const root = document.getElementById('app');
if (root) {
  resolveTabId().then(
    (tabId) => render(<App tabId={tabId} embedded={embedded} />, root),
    () => render(<App tabId={null} embedded={embedded} />, root),
  );
}

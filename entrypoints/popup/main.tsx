import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles/popup.css';
import { App } from './App';
import { takeFirstReport, type BootBrowser } from './first-report';

// Mark for the `popup` benchmark's time breakdown (lib/cli/bench-popup.ts reads it).
performance.mark('px:script');

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
  // Usually already on its way (popup-boot.js): the background works on the report while this bundle
  // loads and renders the loading view.
  const first = takeFirstReport(browser as unknown as BootBrowser, location.search);
  void first.tabId.then((tabId) => render(<App tabId={tabId} embedded={embedded} firstReport={first.report} />, root));
}

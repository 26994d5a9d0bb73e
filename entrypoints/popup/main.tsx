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

/**
 * How long the first render waits for the report before showing the loading view (ms): a loading view that
 * would show for less than this is a flash, and rendering it first delays the story it gives way to.
 */
const LOADING_VIEW_DELAY_MS = 100;

const root = document.getElementById('app');
if (root) {
  // Usually already on its way (popup-boot.js): the background works on the report while this bundle loads.
  const first = takeFirstReport(browser as unknown as BootBrowser, location.search);
  const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), LOADING_VIEW_DELAY_MS));
  void Promise.all([first.tabId, Promise.race([first.report, waited])]).then(([tabId, report]) =>
    render(
      <App tabId={tabId} embedded={embedded} firstReport={first.report} initialReport={report ?? undefined} />,
      root,
    ),
  );
}

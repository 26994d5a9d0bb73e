// popup-boot.js: a tiny classic script at the top of popup.html's head. It sends the popup's first
// `tab:report` request before the popup's module bundle is fetched, parsed and run (see popup/first-report.ts).

import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstReport, type BootBrowser } from './popup/first-report';

export default defineUnlistedScript(() => {
  performance.mark('px:boot');
  startFirstReport(browser as unknown as BootBrowser, location.search);
});

// Composition root of the background (MV3 service worker in Chrome, event page in Firefox).
// Listeners are registered synchronously first, so the event that woke a stopped worker is delivered.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../lib/messaging';
import { createHandlers } from '../lib/services/background-handlers';
import {
  REFRESH_ALARM,
  RESUME_ALARM,
  ensureRefreshAlarm,
  resumeUnfinishedRefresh,
  startRefresh,
} from '../lib/services/refresh-service';
import { forgetTabPage } from '../lib/services/tab-pages';
import { loadSettings, normalizeSettings, settingsItem } from '../lib/settings';

export default defineBackground(() => {
  const deps = { now: () => Date.now(), fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init) };
  const logError = (what: string) => (err: unknown) => console.warn(`Parallax: ${what} failed`, err);

  registerHandlers(createHandlers(deps));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM || alarm.name === RESUME_ALARM) {
      startRefresh(deps).catch(logError('refresh'));
    }
  });
  browser.runtime.onInstalled.addListener(() => {
    loadSettings()
      .then((s) => ensureRefreshAlarm(s.refreshMinutes))
      .catch(logError('scheduling'));
    startRefresh(deps).catch(logError('first refresh'));
  });
  browser.runtime.onStartup.addListener(() => {
    loadSettings()
      .then((s) => ensureRefreshAlarm(s.refreshMinutes))
      .catch(logError('scheduling'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabPage(tabId).catch(logError('tab cleanup'));
  });
  settingsItem.watch((value) => {
    ensureRefreshAlarm(normalizeSettings(value).refreshMinutes).catch(logError('scheduling'));
  });

  resumeUnfinishedRefresh(deps).catch(logError('resume'));
});

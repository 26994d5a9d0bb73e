import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome builds MV3; Firefox builds MV2 (WXT's default for Firefox).
export default defineConfig({
  // Explicit imports everywhere: lib/ code must also run in Node CLIs and tests.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
  }),
  hooks: {
    // The content script runs in every page: it uses the browsers' native promise APIs (Chrome MV3,
    // Firefox's `browser`) through WXT's own `wxt/browser` instead of the polyfill (~10 kB of every page).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Feeds are fetched from the outlets' own servers; pages are read by the content script.
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Parallax' },
    // The in-page panel frames the popup page (the page cannot read another origin's frame).
    web_accessible_resources:
      browser === 'firefox'
        ? ['popup.html']
        : [{ resources: ['popup.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

import { describe, expect, it } from 'vitest';
import { isAllowedSender } from '../../lib/messaging';

const own = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };

describe('isAllowedSender', () => {
  it('accepts UI messages only from the extension own pages', () => {
    expect(isAllowedSender('tab:report', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, own)).toBe(true);
    expect(
      isAllowedSender('tab:report', { id: 'ext-id', url: 'https://evil.test/', tab: { id: 4 } as never }, own),
    ).toBe(false);
  });

  it('accepts content messages only from a tab of a web page', () => {
    expect(
      isAllowedSender('page:analyzed', { id: 'ext-id', url: 'https://news.test/a', tab: { id: 4 } as never }, own),
    ).toBe(true);
    expect(isAllowedSender('page:analyzed', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, own)).toBe(
      false,
    );
  });

  it('rejects other extensions', () => {
    expect(isAllowedSender('tab:report', { id: 'other', url: 'chrome-extension://ext-id/popup.html' }, own)).toBe(false);
  });
});

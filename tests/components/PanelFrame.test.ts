// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanelFrame, focusPanel } from '../../components/PanelFrame';

const SRC = 'chrome-extension://abc/popup.html?tab=7&embed=1';

afterEach(() => {
  document.body.replaceChildren();
});

describe('createPanelFrame', () => {
  it('is a labelled dialog framing the popup page; focusPanel puts focus on its close button', () => {
    const dialog = createPanelFrame(document, { src: SRC, onClose: () => {} });
    document.body.append(dialog);
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.id).toBe('px-panel');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toContain('Parallax');
    const frame = dialog.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(SRC);
    expect(frame.getAttribute('title')).toMatch(/Parallax/);
    focusPanel(dialog);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close Parallax panel');
  });

  it('closes with Escape and with the close button, and ignores other keys', () => {
    const onClose = vi.fn();
    const dialog = createPanelFrame(document, { src: SRC, onClose, id: 'pxp' });
    document.body.append(dialog);
    expect(dialog.id).toBe('pxp');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onClose).not.toHaveBeenCalled();
    dialog.querySelector('.px-iconbtn')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    dialog.querySelector<HTMLButtonElement>('[aria-label="Close Parallax panel"]')!.click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

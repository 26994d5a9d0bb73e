// Test helpers: render Preact into a happy-dom container and interact with it through act().

import { render } from 'preact';
import type { VNode } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { PopupActions } from '../../components/types';
import type { CoverageEntry } from '../../lib/coverage/types';
import { fixtureWhy } from './fixtures';

export interface Mounted {
  container: HTMLElement;
  text(): string;
  unmount(): void;
}

export function mount(vnode: VNode): Mounted {
  const container = document.createElement('div');
  document.body.appendChild(container);
  act(() => {
    render(vnode, container);
  });
  return {
    container,
    text: () => (container.textContent ?? '').replace(/\s+/g, ' '),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('click: no element');
  act(() => {
    (el as HTMLElement).click();
  });
}

export function key(el: Element | null | undefined, keyName: string): void {
  if (!el) throw new Error('key: no element');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
  });
}

export function mockActions() {
  return {
    refreshNow: vi.fn(),
    search: vi.fn(),
    reportNotSameStory: vi.fn(),
    explain: vi.fn((entry: CoverageEntry) => Promise.resolve(fixtureWhy(entry))),
    disableSite: vi.fn(),
    openOptions: vi.fn(),
    retry: vi.fn(),
  } satisfies PopupActions;
}

/** Lets pending promises (an action's answer) settle and their renders run. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Finds a button whose text content includes `label`. */
export function buttonByText(root: ParentNode, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => (b.textContent ?? '').includes(label));
}

/** Sets an input's value and fires the input event, as typing would. */
export function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Submits the form (as pressing Enter in it would). */
export function submit(form: HTMLFormElement | null): void {
  if (!form) throw new Error('submit: no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

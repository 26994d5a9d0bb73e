// Typed messaging over runtime.sendMessage, with sender validation on the receiving side.
// Runs in every extension context (service: does browser I/O). Types live in lib/protocol.ts.

import { browser, type Browser } from 'wxt/browser';
import {
  MESSAGE_SENDERS,
  REQUEST_VALIDATORS,
  isEnvelope,
  type Envelope,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a typed request to the background and returns its typed response (throws its error). */
export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { parallax: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}: the background is not running.`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export interface MessageContext {
  /** The sending tab (content scripts only; taken from the browser, never from the payload). */
  tabId: number | null;
  senderUrl: string | null;
}

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, ctx: MessageContext) => Promise<ResponseOf<K>>;
};

/** Decides whether `sender` may send a message of `type` (Dark Reader-style: UI messages only from our pages). */
export function isAllowedSender(
  type: MessageType,
  sender: Browser.runtime.MessageSender,
  own: { id: string; origin: string },
): boolean {
  if (sender.id !== own.id) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(own.origin);
  if (MESSAGE_SENDERS[type] === 'extension-page') return fromOwnPage;
  return !fromOwnPage && sender.tab?.id !== undefined;
}

/**
 * Registers one runtime.onMessage listener dispatching to `handlers`. Must be called synchronously at the
 * top of the background's main() so a restarted worker receives the message that woke it.
 */
export function registerHandlers(handlers: Handlers): void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(msg)) return undefined; // not ours: let other listeners answer
    const type = msg.type;
    if (!isAllowedSender(type, sender, own)) {
      return Promise.resolve<Reply<never>>({ ok: false, error: `Sender not allowed for ${type}.` });
    }
    if (!REQUEST_VALIDATORS[type](msg.data)) {
      return Promise.resolve<Reply<never>>({ ok: false, error: `Malformed ${type} request.` });
    }
    const ctx: MessageContext = { tabId: sender.tab?.id ?? null, senderUrl: sender.url ?? null };
    const handler = handlers[type] as (data: unknown, ctx: MessageContext) => Promise<unknown>;
    return handler(msg.data, ctx).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (err: unknown): Reply<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  });
}

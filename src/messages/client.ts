/**
 * Typed senders over the protocol. The popup and the background call these instead of
 * `runtime.sendMessage` with loose objects, so a message's shape is checked at compile time
 * on the way out and by the schemas on the way in.
 */
import browser from '../platform/browser';
import type { ExtensionToContentCalls, Failure, Outcome, PopupToBackgroundCalls } from './protocol';

function lost(error: unknown): { ok: false; failure: Failure } {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, failure: { kind: 'internal', message } };
}

/** Ask the background; a dead or missing receiver comes back as a failure value. */
export async function callBackground<K extends keyof PopupToBackgroundCalls>(
  type: K,
  args: PopupToBackgroundCalls[K]['args'],
): Promise<PopupToBackgroundCalls[K]['result']> {
  try {
    const reply = (await browser.runtime.sendMessage({ to: 'background', type, args })) as PopupToBackgroundCalls[K]['result'] | undefined;
    return reply ?? (lost('The background did not answer.') as PopupToBackgroundCalls[K]['result']);
  } catch (error) {
    return lost(error) as PopupToBackgroundCalls[K]['result'];
  }
}

/** Ask the content script in a tab; a tab without it comes back as a failure value. */
export async function callContent<K extends keyof ExtensionToContentCalls>(
  tabId: number,
  type: K,
  args: ExtensionToContentCalls[K]['args'],
): Promise<ExtensionToContentCalls[K]['result']> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { to: 'content', type, args })) as ExtensionToContentCalls[K]['result'] | undefined;
    return reply ?? (lost('The page did not answer.') as ExtensionToContentCalls[K]['result']);
  } catch (error) {
    return lost(error) as ExtensionToContentCalls[K]['result'];
  }
}

export type { Outcome };

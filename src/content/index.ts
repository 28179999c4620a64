/**
 * The content script: injected into the active tab on a click (never declared in the manifest), as
 * one classic script. It answers the extension only: `extract` reads the article, the rest delegate
 * to the highlighter. Every message is parsed before it is acted on, and failures are answered as values.
 */
import browser, { type Runtime } from '../platform/browser';
import { claimOnce } from '../platform/claim-once';
import { fail, parseExtensionToContent, type ExtensionToContentCalls, type ExtensionToContentMessage } from '../messages/protocol';
import { extractArticleInTasks } from './extract';
import { createHighlighter, type Highlighter } from './highlight/highlighter';

function listen(): void {
  let highlighter: Highlighter | null = null;

  type Reply = ExtensionToContentCalls[keyof ExtensionToContentCalls]['result'];
  const handle = async (message: ExtensionToContentMessage): Promise<Reply> => {
    switch (message.type) {
      case 'extract':
        // In three tasks (our clone, Readability's parse, our text), the page getting a turn between them.
        return extractArticleInTasks(document);
      case 'highlight':
        // When the page changes and re-anchoring moves claims, the background (and an open popup) hear of it.
        highlighter ??= createHighlighter(document, {
          onChange: (anchors) => {
            browser.runtime.sendMessage({ to: 'background', type: 'anchorsChanged', args: anchors }).catch(() => {});
          },
        });
        // apply() is async (it yields to the page between slices on huge pages) and never rejects.
        return { ok: true, value: await highlighter.apply(message.args.report, { visible: message.args.visible }) };
      case 'setVisible':
        highlighter?.setVisible(message.args.visible);
        return { ok: true, value: null };
      case 'focusClaim':
        return { ok: true, value: highlighter?.focus(message.args.index) ?? false };
      case 'clear':
        highlighter?.clear();
        return { ok: true, value: null };
    }
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Only this extension's background and pages may talk to us; a page cannot reach this listener,
    // and another extension must not drive it.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseExtensionToContent(raw);
    if (!parsed.ok) {
      const addressedToUs = typeof raw === 'object' && raw !== null && (raw as { to?: unknown }).to === 'content';
      return addressedToUs ? Promise.resolve(fail('internal', `Malformed message: ${parsed.error}`)) : undefined;
    }
    return handle(parsed.value).catch((error: unknown) => fail('internal', error instanceof Error ? error.message : String(error)));
  });
}

if (claimOnce('content-script')) listen();

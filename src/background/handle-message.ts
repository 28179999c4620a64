/**
 * The background's message door. A message is handled only if it comes from one of this extension's
 * own pages and has the shape of a popup-to-background call; anything else is ignored, or answered
 * with a failure when it was addressed to us but malformed. Our content script may send one event,
 * `anchorsChanged`, which can only touch its own tab's anchors.
 */
import type { Runtime } from '../platform/browser';
import { fail, parseContentToBackground, parsePopupToBackground, type PopupToBackgroundMessage } from '../messages/protocol';
import type { AnalysisService } from './analysis-service';
import type { LibraryService } from './library/library-service';

/**
 * True for the extension's own pages. `sender.id` says the message comes from this extension; with no
 * `sender.tab` it is the popup. With a tab it is either our content script in a web page (which never
 * asks the background anything but reports its own tab's anchors, so its requests are refused: a page
 * that subverted it must not read other tabs' analyses) or one of our pages opened in a tab (the full
 * report). The browser, not the page, sets `sender.url`; only our own pages have our origin there.
 */
export function isOwnPage(sender: Runtime.MessageSender, runtimeId: string, extensionOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  if (!sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export function createMessageHandler(service: AnalysisService, runtimeId: string, extensionOrigin: string, library?: LibraryService) {
  const noLibrary = () => fail('internal', 'The library is not available here.');
  const handle = async (message: PopupToBackgroundMessage) => {
    switch (message.type) {
      case 'analyze':
        return service.analyze(message.args.tabId, message.args.force ?? false);
      case 'getAnalysis':
        return { ok: true as const, value: await service.get(message.args.tabId) };
      case 'keepArticle':
        return library ? library.keep(message.args.tabId) : noLibrary();
      case 'keptState':
        return library ? library.keptState(message.args.tabId) : noLibrary();
      case 'listLibrary':
        return library ? library.list() : noLibrary();
      case 'removeFromLibrary':
        return library ? library.remove(message.args.id) : noLibrary();
      case 'exportLibrary':
        return library ? library.exportFile() : noLibrary();
      case 'importLibrary':
        return library ? library.importFile(message.args.content) : noLibrary();
    }
  };

  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const addressedToUs = typeof raw === 'object' && raw !== null && (raw as { to?: unknown }).to === 'background';
    // Other messages (the progress broadcasts to the popup) are not ours to answer.
    if (!addressedToUs) return undefined;
    if (!isOwnPage(sender, runtimeId, extensionOrigin)) {
      // Our content script may report one event, about its own tab: the tab is the browser's
      // `sender.tab`, never a field of the message, and only the top frame, where it is injected.
      if (sender.id !== runtimeId || typeof sender.tab?.id !== 'number' || (sender.frameId ?? 0) !== 0) return undefined;
      const event = parseContentToBackground(raw);
      if (!event.ok) return undefined;
      return service.anchorsChanged(sender.tab.id, event.value.args).then(
        () => null,
        () => null,
      );
    }
    const parsed = parsePopupToBackground(raw);
    if (!parsed.ok) return Promise.resolve(fail('internal', `Malformed message: ${parsed.error}`));
    return handle(parsed.value).catch((error: unknown) => fail('internal', error instanceof Error ? error.message : String(error)));
  };
}

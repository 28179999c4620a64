/**
 * Starts the popup or the full report in its page. Both pages share the components and the
 * stylesheet; the layout only changes width and what is expanded.
 */
import { render } from 'preact';
import { App } from './App';
import { createBrowserLibraryClient } from './browser-library-client';
import { createBrowserPopupClient } from './browser-popup-client';
import './popup.css';

export function mountApp(layout: 'popup' | 'report'): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(<App client={createBrowserPopupClient()} layout={layout} print={() => window.print()} library={createBrowserLibraryClient()} />, root);
}

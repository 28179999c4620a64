/**
 * The one import of webextension-polyfill. Everything else reaches the extension APIs through here,
 * so the polyfill (and any browser workaround, tagged `COMPAT(...)`) lives in one place.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';

/**
 * Switches the test page between light and dark `prefers-color-scheme` through the Chrome DevTools
 * Protocol, so the dark palette is checked by the same media query a reader's browser uses.
 */
import { cdp } from 'vitest/browser';

export async function emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
}

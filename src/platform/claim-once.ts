/**
 * Guard against running a content script twice in the same page. The background injects it on every
 * click; a second copy would add a second message listener and a second highlighter.
 *
 * The mark is a symbol property on the extension's own `runtime` object. That object belongs to the
 * content script's isolated world (Chrome) or sandbox (Firefox), survives between injections, and is
 * out of the page's reach. A flag on `window` or the DOM would be visible to the page, which could set
 * it first and switch the extension off.
 */
type Marked = Record<symbol, true | undefined>;

function worldObject(): Marked | null {
  const g = globalThis as { browser?: { runtime?: object }; chrome?: { runtime?: object } };
  return (g.browser?.runtime ?? g.chrome?.runtime ?? null) as Marked | null;
}

/** True the first time it is called with `key` in this world, false after that. */
export function claimOnce(key: string, holder: Marked | null = worldObject()): boolean {
  // Without an extension runtime (a plain page in tests) there is nothing to share between copies.
  if (!holder) return true;
  const mark = Symbol.for(`corroborate:${key}`);
  if (holder[mark]) return false;
  Object.defineProperty(holder, mark, { value: true, enumerable: false, configurable: false, writable: false });
  return true;
}

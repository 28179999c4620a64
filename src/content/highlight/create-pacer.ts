/**
 * Time-slicing for long work in the page: the returned function is called often and, once a slice of
 * `budgetMs` has been used, returns a promise that resolves after the page has had a turn (input,
 * rendering), so a 5 MB page keeps scrolling while it is anchored.
 */
type Scheduler = { yield?: () => Promise<void> };

export function createPacer(win: Window | null, budgetMs = 12): () => Promise<void> | null {
  const now = () => (win?.performance ?? performance).now();
  let sliceStart = now();
  const yieldToPage = (): Promise<void> => {
    const scheduler = (win as unknown as { scheduler?: Scheduler } | null)?.scheduler;
    if (scheduler?.yield) return scheduler.yield();
    // A message task is not clamped like nested setTimeout(0), nor throttled to 1 s in the same way.
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  };
  return () => {
    if (now() - sliceStart < budgetMs) return null;
    return yieldToPage().then(() => {
      sliceStart = now();
    });
  };
}

/**
 * Resolves after the page has had a turn (input, rendering, its own timers). Not scheduler.yield():
 * its continuations run ahead of the page's own tasks, so the page's timers would starve until we
 * finish. A posted message queues behind what the page already has waiting, and unlike nested
 * setTimeout(0) it is neither clamped to 4 ms nor throttled in a background tab.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

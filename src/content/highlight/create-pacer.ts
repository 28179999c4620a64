/**
 * Time-slicing for long work in the page: the returned function is called often and, once a slice of
 * `budgetMs` has been used, returns a promise that resolves after the page has had a turn (input,
 * rendering), so a 5 MB page keeps scrolling while it is anchored.
 *
 * The slice is short on purpose. On a huge page the browser's layout after our wrapping costs far
 * more than the wrapping itself and grows with it (5 MB page, headless Chromium: 50 ms of wrapping
 * was followed by ~600 ms of layout, 4 ms by 100-250 ms), so small slices keep every block short at
 * the price of a longer total.
 */
import { yieldToPage } from '../yield-to-page';

export function createPacer(win: Window | null, budgetMs = 8): () => Promise<void> | null {
  const now = () => (win?.performance ?? performance).now();
  let sliceStart = now();
  return () => {
    if (now() - sliceStart < budgetMs) return null;
    return yieldToPage().then(() => {
      sliceStart = now();
    });
  };
}

/** Cumulative layout shift of a loaded page, as Chromium measures it (0 when nothing moved). */
import type { Page } from 'playwright-core';

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive at once; a short wait catches a late shift.
        setTimeout(() => resolve(total), 300);
      }),
  );
}

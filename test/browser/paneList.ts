import type { Page } from 'playwright-core';

/**
 * Helpers for the pane's virtualised findings tree: only the rows in view are in the page, so a
 * test reads what is focused, scrolls the list itself, or makes the page tall enough to hold it.
 */
export const rowCount = (page: Page): Promise<number> => page.locator('[role="treeitem"]').count();

/** The focused element's data-* attribute (undefined when focus is not on a row). */
export const focused = (page: Page, attribute: string): Promise<string | null | undefined> =>
  page.evaluate(
    (name) =>
      document.activeElement?.getAttribute('role') === 'treeitem'
        ? document.activeElement.getAttribute(name)
        : undefined,
    attribute,
  );

export const selection = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __sim: { doc: { selection?: { sheet: string; address: string } } } })
        .__sim.doc.selection,
  );

/**
 * Scrolls the list to its end until `cell` is in the page and inside the list's visible box
 * (measuring rows as they come into view changes the list's height, so once is not enough).
 */
export async function scrollToEnd(page: Page, cell: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const scroller = document.querySelector<HTMLElement>('[data-findings-scroller]');
    if (!scroller) return false;
    scroller.scrollTop = scroller.scrollHeight;
    const row = document.querySelector(`[data-cell="${wanted}"]`);
    if (!row) return false;
    const box = scroller.getBoundingClientRect();
    const at = row.getBoundingClientRect();
    return at.top >= box.top - 1 && at.bottom <= box.bottom + 1;
  }, cell);
}

/**
 * Opens every closed group and makes the viewport tall enough for the whole list to be in view
 * (the list is at most 70 % of the viewport high), for a full-page screenshot of every finding.
 */
export async function showWholeList(page: Page, width: number): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const { list, fits } = await page.evaluate(
      () =>
        new Promise<{ list: number; fits: boolean }>((resolve) =>
          // Two frames: rows rendered in the last one have been measured.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const scroller = document.querySelector<HTMLElement>('[data-findings-scroller]')!;
              resolve({
                list: scroller.scrollHeight,
                fits: scroller.scrollHeight <= scroller.clientHeight + 1,
              });
            }),
          ),
        ),
    );
    if (!fits) {
      await page.setViewportSize({ width, height: Math.ceil(list / 0.7) + 800 });
      continue;
    }
    // The whole list is in the page: open what is closed, or it is done.
    const closed = page.locator('[role="treeitem"][aria-expanded="false"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
  throw new Error('the findings list never fitted the page');
}

import type { Page } from 'playwright-core';
import type { WorkbookGrid } from '../../src/core/model/grid';
import { RULE_WORDS } from '../../src/core/i18n/ruleWords';
import { RULES } from '../../src/core/rules';
import { everyRuleExcelGrid, NOT_IN_EXCEL } from '../fixtures/everyRule';
import { focused, rowCount, scrollToEnd, selection, showWholeList } from './paneList';
import { artifact } from './support';
import { expectAccessible, open, scrollsSideways, snapshot } from './session';
import { rosterCell, rosterGrid, ROSTER_SHEET } from './workbooks';

/**
 * The pane as an accountant reads it, at the width of a narrow Excel task pane (350 px), in
 * both languages: rule names in words, the expected / stated line right, a long roster grouped,
 * an unexpected error explained, all without horizontal scroll and axe-clean; and the findings
 * list virtualised: 20 000 findings with a bounded number of rows in the page, by keyboard.
 */
/** Rows the page may hold however long the list: a window of the list, never the list. */
const MAX_ROWS = 200;
const LABELS = {
  'zh-CN': { reconcile: '一键对账', language: '语言' },
  'en-US': { reconcile: 'Reconcile', language: 'Language' },
} as const;
type Lang = keyof typeof LABELS;

async function reconciled(language: Lang, grid: WorkbookGrid): Promise<Page> {
  const page = await open('taskpane.html', { displayLanguage: language, grid });
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole('button', { name: LABELS[language].reconcile, exact: true }).click();
  await page.locator('[data-group]').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Every text a finding shows, checked for raw rule ids and empty units. */
async function expectReadableFindings(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  for (const id of Object.keys(RULE_WORDS)) expect(text).not.toContain(id);
  const lines = await page.locator('[data-line]').allInnerTexts();
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).not.toMatch(/（\s*）|\(\s*\)/);
}

export function paneScenarios(): void {
  let every: WorkbookGrid;
  beforeAll(() => {
    every = everyRuleExcelGrid();
  });

  describe.each(['zh-CN', 'en-US'] as const)('in %s at 350 px', (language) => {
    it('a workbook with findings of every rule: words, lines, what was done', async () => {
      const page = await reconciled(language, every);
      const status = await page.locator('main').innerText();
      expect(status).toMatch(
        language === 'zh-CN' ? /已在 \d+ 个单元格标上底色/ : /Highlighted \d+ cells/,
      );
      expect(status).toMatch(language === 'zh-CN' ? /Ctrl\+Z/ : /Ctrl\+Z/);
      await expect(page.locator('[data-live]').textContent()).resolves.toMatch(
        language === 'zh-CN' ? /发现 \d+ 个错误/ : /Found \d+ errors?/,
      );
      // Every group open and the page tall enough for the whole list: every finding in view.
      await showWholeList(page, 350);
      await expectReadableFindings(page);
      const rules = await page
        .locator('[data-rule]')
        .evaluateAll((items) =>
          [...new Set(items.map((item) => item.getAttribute('data-rule')))].sort(),
        );
      // Every rule of the registry: a new rule without a planted finding fails here.
      expect(rules).toEqual(
        RULES.map((rule) => rule.meta.name)
          .filter((name) => !NOT_IN_EXCEL.includes(name))
          .sort(),
      );
      expect(await scrollsSideways(page)).toBe(false);
      // The page is taller than what it holds (the list may take 70 % of it): cut at the end.
      const end = await page.locator('main').evaluate((main) => main.scrollHeight);
      await page.screenshot({
        path: artifact(`pane-every-rule-${language}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width: 350, height: end },
      });
      await expectAccessible(page);
      // Every line wraps at 320 px too.
      await page.setViewportSize({ width: 320, height: 900 });
      await showWholeList(page, 320);
      expect(await scrollsSideways(page)).toBe(false);
      const listWidth = await page
        .locator('[data-findings-scroller]')
        .evaluate((list) => list.scrollWidth <= list.clientWidth);
      expect(listWidth).toBe(true);

      // The summary link activates the summary sheet it names.
      await page.setViewportSize({ width: 350, height: 900 });
      const link = page.getByRole('button', {
        name: language === 'zh-CN' ? /打开对账摘要/ : /Open the summary sheet/,
      });
      const summary = /[“"](.+)[”"]/.exec(await link.innerText())![1];
      await link.click();
      await page.waitForFunction(
        (name) =>
          (window as unknown as { __sim: { doc: { active?: string } } }).__sim.doc.active === name,
        summary,
      );
      await page.close();
    });

    it('a 3 000-finding roster: one systematic group, collapsed, a window of its rows', async () => {
      const page = await reconciled(language, rosterGrid());
      const group = page.locator('[data-group]').filter({ hasText: /3000|3,000/ });
      await expect(group.count()).resolves.toBe(1);
      await expect(group.innerText()).resolves.toMatch(
        language === 'zh-CN' ? /同一差额/ : /same difference/,
      );
      await expect(group.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.locator('[data-severity-section="error"]').innerText()).resolves.toContain(
        '(3,000)',
      );
      expect(await page.locator('[data-cell]').count()).toBe(0);
      await group.click();
      await expect(group.getAttribute('aria-expanded')).resolves.toBe('true');
      const shown = await page.locator('[data-cell]').count();
      expect(shown).toBeGreaterThan(3);
      expect(shown).toBeLessThan(MAX_ROWS);
      // Arrow keys move within the list: from the group to its first finding.
      await page.keyboard.press('ArrowDown');
      await expect(focused(page, 'data-cell')).resolves.toBe(rosterCell(0));
      await expectReadableFindings(page);
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({
        path: artifact(`pane-roster-3000-${language}.png`),
        fullPage: false,
      });
      await expectAccessible(page);
      await page.close();
    });

    it('an unexpected error: translated, what to do next, no raw text, no sideways scroll', async () => {
      const raw = 'RichApi.Error: An internal error has occurred. (GeneralException) at Excel.run';
      const page = await open('taskpane.html', {
        displayLanguage: language,
        failWith: { code: 'GeneralException', message: raw },
      });
      await page.setViewportSize({ width: 320, height: 700 });
      await page.getByRole('button', { name: LABELS[language].reconcile, exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).not.toContain('internal error');
      expect(text).toMatch(language === 'zh-CN' ? /意外错误[^]*重新打开/ : /unexpected[^]*reopen/);
      expect(text).toContain('GeneralException');
      expect(await scrollsSideways(page)).toBe(false);
      await page.setViewportSize({ width: 350, height: 700 });
      await page.screenshot({
        path: artifact(`pane-unexpected-error-${language}.png`),
        fullPage: true,
      });
      await expectAccessible(page);
      await page.close();
    });
  });

  it('20 000 findings: a window of rows in the page, the last one reached by scrolling', async () => {
    const page = await reconciled('en-US', rosterGrid(20_000));
    const group = page.locator('[data-group]').filter({ hasText: /20,000/ });
    await group.click();
    await page.locator(`[data-cell="${rosterCell(0)}"]`).waitFor();
    expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
    const first = page.locator(`[data-cell="${rosterCell(0)}"]`);
    await expect(first.getAttribute('aria-setsize')).resolves.toBe('20000');
    await expect(first.getAttribute('aria-posinset')).resolves.toBe('1');

    await scrollToEnd(page, rosterCell(19_999));
    const last = page.locator(`[data-cell="${rosterCell(19_999)}"]`);
    await expect(last.getAttribute('aria-posinset')).resolves.toBe('20000');
    await expect(last.innerText()).resolves.toMatch(/C20003[^]*300[^]*310/);
    expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(3_000);
    await expectAccessible(page);
    await page.close();
  });

  it('20 000 findings by keyboard: arrows, Home and End move focus, Enter and Space select the cell', async () => {
    const page = await reconciled('en-US', rosterGrid(20_000));
    // One tab stop: Tab from the control before the list lands on its first row.
    const rows = page.locator('[role="treeitem"]');
    await expect(rows.evaluateAll((items) => items.map((item) => item.tabIndex))).resolves.toEqual([
      0, -1,
    ]);
    await rows.first().focus();
    await expect(focused(page, 'data-severity-section')).resolves.toBe('error');
    await page.keyboard.press('ArrowDown');
    await expect(focused(page, 'data-group')).resolves.toMatch(/per-capita-mismatch/);
    await expect(focused(page, 'aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowRight');
    await expect(focused(page, 'aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(focused(page, 'data-cell')).resolves.toBe(rosterCell(0));
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { __sim: { doc: { selection?: unknown } } }).__sim.doc.selection,
    );
    await expect(selection(page)).resolves.toEqual({ sheet: ROSTER_SHEET, address: 'C4' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(focused(page, 'data-cell')).resolves.toBe(rosterCell(2));
    await page.keyboard.press(' ');
    await page.waitForFunction(
      () =>
        (window as unknown as { __sim: { doc: { selection?: { address: string } } } }).__sim.doc
          .selection?.address === 'C6',
    );

    // End: the last of 20 000, brought into the page and focused; the rest stays a window.
    await page.keyboard.press('End');
    await expect(focused(page, 'data-cell')).resolves.toBe(rosterCell(19_999));
    expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        (window as unknown as { __sim: { doc: { selection?: { address: string } } } }).__sim.doc
          .selection?.address === 'C20003',
    );
    await page.keyboard.press('ArrowUp');
    await expect(focused(page, 'data-cell')).resolves.toBe(rosterCell(19_998));
    // The list does not hold on to the focused row once the user scrolls away from it.
    await page.locator('[data-findings-scroller]').evaluate((list) => (list.scrollTop = 0));
    await page.locator('[data-severity-section="error"]').waitFor();
    await expect(focused(page, 'data-cell')).resolves.toBe(rosterCell(19_998));
    // Left goes up to the group, Left again closes it, Home back to the top.
    await page.keyboard.press('ArrowLeft');
    await expect(focused(page, 'data-group')).resolves.toMatch(/per-capita-mismatch/);
    await page.keyboard.press('ArrowLeft');
    await expect(focused(page, 'aria-expanded')).resolves.toBe('false');
    expect(await page.locator('[data-cell]').count()).toBe(0);
    await page.keyboard.press('Home');
    await expect(focused(page, 'data-severity-section')).resolves.toBe('error');
    await expectAccessible(page);
    await page.close();
  });

  it('switching language re-runs the core on the grid already read', async () => {
    const page = await reconciled('zh-CN', every);
    const syncs = () =>
      page.evaluate(
        () =>
          (window as unknown as { __sim: { stats: { syncs: unknown[] } } }).__sim.stats.syncs
            .length,
      );
    const before = await syncs();
    await page.getByLabel('语言').selectOption('en-US');
    await page
      .getByText(/^Found \d+ errors?/)
      .first()
      .waitFor();
    // The first group, the first sheet's over-budget line, now in English.
    await expect(page.locator('[data-group]').first().innerText()).resolves.toContain(
      `预算执行表 · ${RULE_WORDS['over-budget'].name['en-US']}`,
    );
    // No Excel.run: nothing read again (saving settings is not a workbook sync).
    expect(await syncs()).toBe(before);
    const state = await snapshot(page);
    expect(state.settings['budgetReconciler.settings']).toMatchObject({ language: 'en-US' });
    await page.close();
  });
}

import type { Page } from 'playwright-core';
import type { WorkbookGrid } from '../../src/core/model/grid';
import { RULE_WORDS } from '../../src/core/i18n/ruleWords';
import { artifact } from './support';
import { expectAccessible, open, scrollsSideways, snapshot } from './session';
import { manyRulesGrid, rosterGrid } from './workbooks';

/**
 * The pane as an accountant reads it, at the width of a narrow Excel task pane (350 px), in
 * both languages: rule names in words, the expected / stated line right, a long roster grouped,
 * an unexpected error explained, all without horizontal scroll and axe-clean.
 */
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
  let many: WorkbookGrid;
  beforeAll(async () => {
    many = await manyRulesGrid();
  });

  describe.each(['zh-CN', 'en-US'] as const)('in %s at 350 px', (language) => {
    it('a workbook with findings of many rules: words, lines, what was done', async () => {
      const page = await reconciled(language, many);
      // Open every group so each finding's line is on screen.
      for (const header of await page
        .locator('[data-group] > button[aria-expanded="false"]')
        .all()) {
        await header.click();
      }
      await expectReadableFindings(page);
      const rules = await page
        .locator('[data-rule]')
        .evaluateAll((items) =>
          [...new Set(items.map((item) => item.getAttribute('data-rule')))].sort(),
        );
      expect(rules.length).toBeGreaterThanOrEqual(10);
      const status = await page.locator('main').innerText();
      expect(status).toMatch(
        language === 'zh-CN' ? /已在 \d+ 个单元格标上底色/ : /Highlighted \d+ cells/,
      );
      expect(status).toMatch(language === 'zh-CN' ? /Ctrl\+Z/ : /Ctrl\+Z/);
      await expect(page.locator('[data-live]').textContent()).resolves.toMatch(
        language === 'zh-CN' ? /发现 \d+ 个错误/ : /Found \d+ errors?/,
      );
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: artifact(`pane-many-rules-${language}.png`), fullPage: true });
      await expectAccessible(page);

      // The summary link activates the summary sheet it names.
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

    it('a 3 000-finding roster: one systematic group, collapsed, paged', async () => {
      const page = await reconciled(language, rosterGrid());
      const group = page.locator('[data-group]').filter({ hasText: /3000|3,000/ });
      await expect(group.count()).resolves.toBe(1);
      await expect(group.innerText()).resolves.toMatch(
        language === 'zh-CN' ? /同一差额/ : /same difference/,
      );
      expect(await page.locator('[data-cell]').count()).toBe(0);
      await group.locator('button[aria-expanded]').click();
      await expect(page.locator('[data-cell]').count()).resolves.toBe(100);
      // Arrow keys move within the list.
      await group.locator('button[aria-expanded]').focus();
      await page.keyboard.press('ArrowDown');
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute('data-cell')),
      ).resolves.toMatch(/!C4$/);
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

  it('20 000 findings: the page holds a few hundred elements, not 20 000 rows', async () => {
    const page = await reconciled('en-US', rosterGrid(20_000));
    const group = page.locator('[data-group]').filter({ hasText: /20,000/ });
    await group.locator('button[aria-expanded]').click();
    await expect(page.locator('[data-cell]').count()).resolves.toBe(100);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(3_000);
    await page.close();
  });

  it('switching language re-runs the core on the grid already read', async () => {
    const page = await reconciled('zh-CN', many);
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
    await expect(page.locator('main').innerText()).resolves.toContain('Per-capita amount mismatch');
    // No Excel.run: nothing read again (saving settings is not a workbook sync).
    expect(await syncs()).toBe(before);
    const state = await snapshot(page);
    expect(state.settings['budgetReconciler.settings']).toMatchObject({ language: 'en-US' });
    await page.close();
  });
}

import { parse } from 'acorn';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { open, session } from './session';
import { artifact, BUILD_DIR } from './support';

/**
 * The ES5 bootstrap: parses as ES5, runs first after office.js, and says "Office too old"
 * instead of a blank pane where a needed feature is missing or the bundle fails to start.
 */
const pageScripts = (page: string): string[] =>
  [
    ...readFileSync(path.join(BUILD_DIR, page), 'utf8').matchAll(
      /<script\b[^>]*\bsrc="?([^"\s>]+)/g,
    ),
  ].map((match) => match[1]);

const TOO_OLD = /this version of Office is too old/i;

export function bootstrapScenarios(): void {
  it('is ES5 and the first script after office.js in taskpane.html and commands.html', () => {
    const file = readdirSync(BUILD_DIR).find((name) => /^bootstrap\.[0-9a-f]{8}\.js$/.test(name));
    expect(file).toBeDefined();
    const source = readFileSync(path.join(BUILD_DIR, file!), 'utf8');
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
    // The bundles are not ES5: the check above is not vacuous.
    const bundle = readdirSync(BUILD_DIR).find((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name));
    expect(() =>
      parse(readFileSync(path.join(BUILD_DIR, bundle!), 'utf8'), { ecmaVersion: 5 }),
    ).toThrow();
    for (const page of ['taskpane.html', 'commands.html']) {
      const scripts = pageScripts(page);
      expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(scripts[1]).toBe(file);
      expect(scripts.length).toBeGreaterThan(2);
    }
  });

  it.each([
    ['zh-CN', 'BigInt'],
    ['en-US', 'TextEncoder'],
  ])('in %s without %s: the pane says Office is too old', async (language, feature) => {
    const tab = await session.browser.newPage();
    await tab.addInitScript((value) => Object.assign(window, { __SIM_SETUP__: value }), {
      displayLanguage: language,
    });
    await tab.addInitScript((missing) => {
      delete (window as unknown as Record<string, unknown>)[missing];
    }, feature);
    await tab.goto(`${session.baseUrl}taskpane.html`);
    const message = tab.locator('#budget-reconciler-unsupported');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(TOO_OLD);
    await expect(message.textContent()).resolves.toMatch(/此版本的 Office 太旧/);
    await expect(message.textContent()).resolves.toMatch(/WebView2/);
    // The bundle did not start: no pane under the message.
    expect(await tab.getByRole('button', { name: /Reconcile|一键对账/ }).count()).toBe(0);
    await tab.setViewportSize({ width: 350, height: 600 });
    await tab.screenshot({ path: artifact(`bootstrap-too-old-${language}.png`), fullPage: true });
    await tab.close();
  });

  it('without BigInt, commands.html still releases the ribbon button', async () => {
    const tab = await session.browser.newPage();
    await tab.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).BigInt;
    });
    await tab.goto(`${session.baseUrl}commands.html`);
    const completed = await tab.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const sim = (
            window as unknown as {
              __sim: { actions: Map<string, (e: { completed(): void }) => void> };
            }
          ).__sim;
          sim.actions.get('reconcile')!({ completed: () => resolve(true) });
        }),
    );
    expect(completed).toBe(true);
    await tab.close();
  });

  it('when the main bundle throws before starting, the pane shows the message', async () => {
    session.overrides.set(
      /^taskpane\.[0-9a-f]{8}\.js$/,
      'throw new Error("bundle failed to start");',
    );
    try {
      const page = await open('taskpane.html', { displayLanguage: 'en-US' });
      const message = page.locator('#budget-reconciler-unsupported');
      await message.waitFor();
      await expect(message.textContent()).resolves.toMatch(TOO_OLD);
      await expect(message.textContent()).resolves.toMatch(
        /could not start: .*bundle failed to start/,
      );
      await page.close();
    } finally {
      session.overrides.clear();
    }
  });
}

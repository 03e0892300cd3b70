import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every module `entry` imports, transitively, with the specifiers it imports. */
function importsOf(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)]
      .filter((m) => !/^\s*import\s+type\s/.test(m[0]))
      .map((m) => m[1]);
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), specifier);
      const next = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f));
      if (next) queue.push(next);
    }
  }
  return seen;
}

describe('the package patcher entry (src/xlsx/patch/index.ts)', () => {
  it('imports nothing from Node, so the web page’s Web Worker runs the same code', () => {
    const modules = importsOf(
      path.join(__dirname, '..', '..', '..', 'src', 'xlsx', 'patch', 'index.ts'),
    );
    const external = [...modules.values()].flat().filter((s) => !s.startsWith('.'));
    expect(new Set(external)).toEqual(new Set(['fflate']));
    expect(modules.size).toBeGreaterThan(10);
  });
});

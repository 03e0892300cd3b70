import {
  copyFileSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateManifest } from '../../scripts/validate-manifest';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const options = { assetRoot: ROOT };

/** The manifest with one edit, which must turn up as exactly the problem named. */
const BROKEN: readonly [string, (xml: string) => string, RegExp][] = [
  ['not well-formed', (xml) => xml.replace('</Hosts>', '</Host>'), /not well-formed/],
  [
    'a resid with no resource',
    (xml) => xml.replace('resid="Pane.Label"', 'resid="Pane.Lable"'),
    /Pane\.Lable has no resource/,
  ],
  [
    'a label pointing at a URL',
    (xml) => xml.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
    /must be in <bt:ShortStrings>/,
  ],
  [
    'an http URL',
    (xml) => xml.replace('https://localhost:3000/help.html', 'http://localhost:3000/help.html'),
    /is not https/,
  ],
  [
    'an icon file missing',
    (xml) => xml.replace('assets/pane-80.png', 'assets/pane-81.png'),
    /has no file/,
  ],
  [
    'an icon of the wrong size',
    (xml) =>
      xml.replace(
        '"https://localhost:3000/assets/reconcile-16.png"',
        '"https://localhost:3000/assets/reconcile-32.png"',
      ),
    /32px wide, used as 16px/,
  ],
  [
    'elements out of schema order',
    (xml) =>
      xml
        .replace(/(\s*<Permissions>.*<\/Permissions>)/, '')
        .replace('<Hosts>', '<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>'),
    /out of schema order/,
  ],
  [
    'a required element missing',
    (xml) => xml.replace(/<ProviderName>.*<\/ProviderName>/, ''),
    /<ProviderName> is required/,
  ],
  [
    'a string without its zh-CN override',
    (xml) => xml.replace('<bt:Override Locale="zh-CN" Value="一键对账"/>', ''),
    /Reconcile\.Label: no zh-CN override/,
  ],
  [
    'a resid over 32 characters',
    (xml) => xml.replaceAll('Reconcile.Tooltip', 'Reconcile.Tooltip.Much.Too.Long.For.Office'),
    /longer than 32 characters/,
  ],
  [
    'read-only permission',
    (xml) => xml.replace('>ReadWriteDocument<', '>ReadDocument<'),
    /ReadWriteDocument/,
  ],
];

describe('offline manifest validation', () => {
  it('passes manifest.xml', () => {
    expect(validateManifest(MANIFEST, options)).toEqual([]);
  });

  it.each(BROKEN)('rejects %s', (_what, edit, problem) => {
    const broken = edit(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const errors = validateManifest(broken, options);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('finds icons beside a built manifest whose URLs carry a path prefix', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    for (const file of readdirSync(path.join(ROOT, 'assets'))) {
      copyFileSync(path.join(ROOT, 'assets', file), path.join(dist, 'assets', file));
    }
    const built = MANIFEST.replaceAll(
      'https://localhost:3000/',
      'https://addins.example.gov.cn/addin/',
    );
    writeFileSync(path.join(dist, 'manifest.xml'), built);
    expect(validateManifest(built, { assetRoot: dist })).toEqual([]);
  });
});

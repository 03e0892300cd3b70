import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** The real packages the fuzzer starts from: the example and every table fixture. */
export const SEEDS: readonly { readonly name: string; readonly bytes: Uint8Array }[] = [
  'examples/luosong-union-2022.xlsx',
  ...[
    'bad-cells',
    'code-rollup',
    'english-headers',
    'formula-cached',
    'mixed-units',
    'sections-any-order',
    'text-numbers',
    'title-unit-header-row4',
  ].map((name) => `test/fixtures/${name}.xlsx`),
].map((file) => ({
  name: path.basename(file),
  bytes: new Uint8Array(readFileSync(path.join(ROOT, file))),
}));

/** One change to a package: to its zip bytes, or to one XML part's text. */
export type Mutation =
  | { readonly kind: 'truncate-zip'; readonly at: number }
  | { readonly kind: 'flip-zip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'truncate-xml'; readonly part: number; readonly at: number }
  | {
      readonly kind: 'flip-xml';
      readonly part: number;
      readonly flips: readonly (readonly [number, number])[];
    }
  | {
      readonly kind: 'huge-number';
      readonly part: number;
      readonly at: number;
      readonly text: string;
    }
  | {
      readonly kind: 'deep-nesting';
      readonly part: number;
      readonly at: number;
      readonly depth: number;
    }
  | {
      readonly kind: 'bad-reference';
      readonly part: number;
      readonly pattern: number;
      readonly replacement: string;
    };

const HUGE = [
  '1e100000000',
  '1e-100000000',
  '9'.repeat(400),
  '-1e308',
  '1e309',
  'NaN',
  '0x1F',
  '1'.repeat(30),
];
const REFERENCES: readonly RegExp[] = [
  / r="[A-Z]+\d+"/,
  /<v>\d+<\/v>/,
  / r:id="rId\d+"/,
  / s="\d+"/,
  / ref="[A-Z0-9:]+"/,
  / Target="[^"]+"/,
];
const REPLACEMENTS = [
  ' r="XFE1"',
  ' r="A1048577"',
  '<v>999999999</v>',
  ' r:id="rId999"',
  ' s="99999"',
  ' ref="A1:XFD1048576"',
  ' Target="../../../etc/passwd"',
  ' r=""',
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate-zip' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip-zip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('truncate-xml' as const), part: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip-xml' as const),
    part: fc.nat(),
    flips: fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('huge-number' as const),
    part: fc.nat(),
    at: fc.nat(),
    text: fc.constantFrom(...HUGE),
  }),
  fc.record({
    kind: fc.constant('deep-nesting' as const),
    part: fc.nat(),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 50_000 }),
  }),
  fc.record({
    kind: fc.constant('bad-reference' as const),
    part: fc.nat(),
    pattern: fc.nat(REFERENCES.length - 1),
    replacement: fc.constantFrom(...REPLACEMENTS),
  }),
);

function xmlParts(files: Zippable): string[] {
  return Object.keys(files)
    .filter((name) => /\.(xml|rels)$/.test(name))
    .sort();
}

/** A tag boundary near `at`, so inserted text lands between elements. */
function boundary(text: string, at: number): number {
  const i = text.indexOf('>', at % Math.max(1, text.length));
  return i < 0 ? text.length : i + 1;
}

function mutateXml(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate-xml':
      return text.slice(0, m.at % Math.max(1, text.length));
    case 'huge-number': {
      // Into a value where there is one, else anywhere between tags.
      const values = [...text.matchAll(/<v>[^<]*<\/v>/g)];
      if (values.length) {
        const hit = values[m.at % values.length];
        const index = hit.index ?? 0;
        return `${text.slice(0, index)}<v>${m.text}</v>${text.slice(index + hit[0].length)}`;
      }
      const at = boundary(text, m.at);
      return `${text.slice(0, at)}${m.text}${text.slice(at)}`;
    }
    case 'deep-nesting': {
      const at = boundary(text, m.at);
      return `${text.slice(0, at)}${'<a>'.repeat(m.depth)}${'</a>'.repeat(m.depth)}${text.slice(at)}`;
    }
    case 'bad-reference':
      return text.replace(REFERENCES[m.pattern], m.replacement);
    default:
      return text;
  }
}

/** The package with the mutation applied (parts re-zipped quickly, uncompressed). */
export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === 'truncate-zip') return bytes.slice(0, m.at % bytes.length);
  if (m.kind === 'flip-zip') {
    const copy = bytes.slice();
    copy[m.at % copy.length] ^= 1 << m.bit;
    return copy;
  }
  const files: Zippable = unzipSync(bytes);
  const parts = xmlParts(files);
  const name = parts[m.part % parts.length];
  const content = files[name] as Uint8Array;
  if (m.kind === 'flip-xml') {
    const copy = content.slice();
    for (const [at, bit] of m.flips) copy[at % copy.length] ^= 1 << bit;
    files[name] = copy;
  } else {
    files[name] = strToU8(mutateXml(strFromU8(content), m));
  }
  return zipSync(files, { level: 0 });
}

export const seed = fc.nat(SEEDS.length - 1);

/**
 * Fill snapshots from and to styles.xml `<fill>` elements. The snapshot keeps the element itself
 * (`xml`) for an exact restore, and the colour / ExcelJS pattern JSON the add-in understands.
 */
import { MARK_FILL, type FillSnapshot } from '../../core/port/marks';
import type { Styles } from './styles';
import { attribute, element } from './xml';

function argbOf(fill: string, local: 'fgColor' | 'bgColor'): string | undefined {
  const color = element(fill, local);
  const rgb = color && attribute(color.text, 'rgb');
  return rgb && /^[0-9A-Fa-f]{8}$/.test(rgb) ? rgb.toUpperCase() : undefined;
}

export function snapshotOfFill(fill: string): FillSnapshot {
  const pattern = element(fill, 'patternFill');
  const type = pattern ? (attribute(pattern.text, 'patternType') ?? 'none') : undefined;
  if (type === 'none') return { kind: 'none', xml: fill };
  const fg = argbOf(fill, 'fgColor');
  const themed = /<([\w.-]+:)?fgColor[^>]*\btheme=/.test(fill);
  if (type === 'solid' && fg && !themed) return { kind: 'solid', color: fg.slice(2), xml: fill };
  const bg = argbOf(fill, 'bgColor');
  const raw = JSON.stringify({
    type: 'pattern',
    pattern: type ?? 'solid',
    ...(fg ? { fgColor: { argb: fg } } : {}),
    ...(bg ? { bgColor: { argb: bg } } : {}),
  });
  return { kind: 'other', raw, xml: fill };
}

/** The `<fill>` to put back for a snapshot taken by any front end. */
export function fillOfSnapshot(snapshot: FillSnapshot, styles: Styles): string {
  if (snapshot.xml) return snapshot.xml;
  if (snapshot.kind === 'solid' && snapshot.color) return styles.fill('solid', snapshot.color);
  if (snapshot.kind === 'other' && snapshot.raw) {
    try {
      const json = JSON.parse(snapshot.raw) as {
        pattern?: string;
        fgColor?: { argb?: string };
        bgColor?: { argb?: string };
      };
      const p = styles.elementPrefix;
      const fg = json.fgColor?.argb ? `<${p}fgColor rgb="${json.fgColor.argb}"/>` : '';
      const bg = json.bgColor?.argb ? `<${p}bgColor rgb="${json.bgColor.argb}"/>` : '';
      const pattern = /^\w+$/.test(json.pattern ?? '') ? json.pattern : 'solid';
      return `<${p}fill><${p}patternFill patternType="${pattern}">${fg}${bg}</${p}patternFill></${p}fill>`;
    } catch {
      return styles.fill('none');
    }
  }
  return styles.fill('none');
}

const MARK_COLOURS = new Set(Object.values(MARK_FILL));

/** True when the fill is one of the product's highlight colours (solid). */
export function isMarkFill(fill: string): boolean {
  const snapshot = snapshotOfFill(fill);
  return snapshot.kind === 'solid' && MARK_COLOURS.has(snapshot.color ?? '');
}

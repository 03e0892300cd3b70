import { MARK_FILL } from '../../port/marks';
import type { CellStyle, StyleHint } from './types';

/** Row height per wrapped text line, in points. */
export const LINE_HEIGHT_POINTS = 16;

/** How each semantic style looks; the status colours are the marks' own. */
export const STYLE_HINTS: Readonly<Record<CellStyle, StyleHint>> = {
  title: { bold: true, size: 16, vertical: 'middle' },
  subtitle: { color: '595959' },
  heading: { bold: true, size: 12, vertical: 'middle' },
  tableHeader: { bold: true, fill: 'D9E1F2', border: true, horizontal: 'center', wrap: true },
  paragraph: { wrap: true, vertical: 'top' },
  cell: { border: true, vertical: 'top', wrap: true },
  ok: { border: true, horizontal: 'center', vertical: 'top', color: '375623' },
  warning: { border: true, horizontal: 'center', vertical: 'top', fill: MARK_FILL.warning },
  error: {
    border: true,
    horizontal: 'center',
    vertical: 'top',
    fill: MARK_FILL.error,
    bold: true,
  },
  info: { border: true, horizontal: 'center', vertical: 'top', fill: MARK_FILL.info },
  link: { border: true, color: '0563C1', underline: true, vertical: 'top' },
};

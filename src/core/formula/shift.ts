import { formatPoint, shiftPoint } from './reference';
import { tokenize } from './tokenize';

/**
 * A shared formula as it reads in another cell of its range: relative rows and columns move by
 * the offset from the master cell, `$`-anchored parts stay; a reference pushed off the grid
 * becomes `#REF!`, as Excel writes it. Everything else in the text is kept as written.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let copied = 0;
  for (const token of tokenize(formula)) {
    if (token.type !== 'ref') continue;
    const { from, to } = token.reference;
    const movedFrom = shiftPoint(from, rows, cols);
    const movedTo = shiftPoint(to, rows, cols);
    const body =
      movedFrom && movedTo
        ? from === to
          ? formatPoint(movedFrom)
          : `${formatPoint(movedFrom)}:${formatPoint(movedTo)}`
        : '#REF!';
    out += formula.slice(copied, token.bodyStart) + body;
    copied = token.end;
  }
  return out + formula.slice(copied);
}

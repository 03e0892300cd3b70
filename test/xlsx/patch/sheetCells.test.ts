import { restyleCells, NO_STYLE_ATTRIBUTE } from '../../../src/xlsx/patch/sheetCells';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function run(
  xml: string,
  changes: Record<string, number>,
): { xml: string; seen: [string, number, boolean][] } {
  const seen: [string, number, boolean][] = [];
  const map = new Map(
    Object.entries(changes).map(([key, style]) => [
      key,
      (old: number, present: boolean) => {
        seen.push([key, old, present]);
        return style;
      },
    ]),
  );
  const pieces = restyleCells(encoder.encode(xml), map);
  return { xml: pieces.map((p) => decoder.decode(p)).join(''), seen };
}

const wrap = (data: string, p = ''): string =>
  `<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="m"><${p}sheetData>${data}</${p}sheetData><${p}pageMargins left="1"/></${p}worksheet>`;

describe('restyling cells in sheet XML', () => {
  it('changes only the s attribute of the chosen cells, keeping every other byte', () => {
    const xml = wrap(
      '<row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row><row r="2"><c r="A2" s="7"><v>1</v></c></row>',
    );
    const out = run(xml, { '1:1': 9, '1:2': 4 });
    expect(out.xml).toBe(
      xml.replace('r="A1" s="2"', 'r="A1" s="9"').replace('<c r="B1">', '<c s="4" r="B1">'),
    );
    expect(out.seen).toEqual([
      ['1:1', 2, true],
      ['1:2', 0, false],
    ]);
  });

  it('removes an s it had added when the style goes back to none', () => {
    const xml = wrap('<row r="1"><c s="4" r="B1"><v>5</v></c></row>');
    expect(run(xml, { '1:2': NO_STYLE_ATTRIBUTE }).xml).toBe(
      wrap('<row r="1"><c r="B1"><v>5</v></c></row>'),
    );
  });

  it('inserts a missing cell at its column and a missing row at its place', () => {
    const xml = wrap('<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="5"/>');
    const out = run(xml, { '2:3': 6, '4:1': 7, '5:2': 8, '9:1': 3 });
    expect(out.xml).toBe(
      wrap(
        '<row r="2"><c r="A2"><v>1</v></c><c r="C2" s="6"/><c r="D2"><v>2</v></c></row><row r="4"><c r="A4" s="7"/></row><row r="5"><c r="B5" s="8"/></row><row r="9"><c r="A9" s="3"/></row>',
      ),
    );
  });

  it('reads any namespace prefix and writes inserted elements with it', () => {
    const xml = wrap('<x:row r="1"><x:c r="A1" s="1"><x:v>1</x:v></x:c></x:row>', 'x:');
    expect(run(xml, { '1:1': 5, '1:2': 6 }).xml).toBe(
      wrap('<x:row r="1"><x:c r="A1" s="5"><x:v>1</x:v></x:c><x:c r="B1" s="6"/></x:row>', 'x:'),
    );
  });

  it('counts rows and cells without r attributes', () => {
    const xml = wrap('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    expect(run(xml, { '2:1': 5 }).xml).toBe(
      wrap('<row><c><v>1</v></c><c><v>2</v></c></row><row><c s="5"><v>3</v></c></row>'),
    );
  });
});

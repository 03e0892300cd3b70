/**
 * Child: the reference — fflate unzip of every part plus a saxes SAX walk over shared strings
 * and sheets that keeps each row's values in an array. What "merely unzipping and parsing" costs.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const parts = unzipSync(readFileSync(process.argv[2]));

const shared: string[] = [];
const sst = parts['xl/sharedStrings.xml'];
if (sst) {
  const parser = new SaxesParser();
  let text: string | undefined;
  let inT = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'si') text = '';
    else if (tag.name === 't') inT = true;
  });
  parser.on('text', (t) => {
    if (inT) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 't') inT = false;
    else if (tag.name === 'si') shared.push(text ?? '');
  });
  parser.write(strFromU8(sst)).close();
}

let rowCount = 0;
for (const [name, data] of Object.entries(parts)) {
  if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
  const rows: (string | number)[][] = [];
  let row: (string | number)[] = [];
  let type: string | undefined;
  let inV = false;
  let value = '';
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'row') row = [];
    else if (tag.name === 'c') {
      type = tag.attributes.t;
      value = '';
    } else if (tag.name === 'v') inV = true;
  });
  parser.on('text', (t) => {
    if (inV) value += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'v') inV = false;
    else if (tag.name === 'c') row.push(type === 's' ? shared[Number(value)] : Number(value));
    else if (tag.name === 'row') rows.push(row);
  });
  parser.write(strFromU8(data)).close();
  rowCount += rows.length;
}
process.stdout.write(JSON.stringify({ rows: rowCount, maxRSS: process.resourceUsage().maxRSS }));

import { strToU8, zipSync, type Zippable } from 'fflate';

/** A cell of a crafted sheet: text (inline), a number, or raw `<c>` inner XML and attributes. */
export type CraftedCell = string | number | null | { readonly raw: string; readonly t?: string };

export interface CraftedSheet {
  readonly name: string;
  /** The sheet's whole XML, or rows to lay out as cells from A1. */
  readonly xml?: string;
  readonly rows?: readonly (readonly CraftedCell[])[];
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(cell: CraftedCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') {
    return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
  }
  return `<c r="${ref}"${cell.t ? ` t="${cell.t}"` : ''}>${cell.raw}</c>`;
}

/** A worksheet's XML around the given `<sheetData>` content. */
export function sheetXml(sheetData: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${sheetData}</sheetData></worksheet>`
  );
}

export function rowsXml(rows: readonly (readonly CraftedCell[])[]): string {
  return rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${column(c)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
}

/**
 * A minimal .xlsx package written part by part, so tests can plant what no spreadsheet program
 * writes: rows past Excel's limit, huge parts that compress to a few KB, a size that lies.
 */
export function craftedXlsx(
  sheets: readonly CraftedSheet[],
  extra: Readonly<Record<string, Uint8Array | string>> = {},
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets
          .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    ),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      sheet.xml ?? sheetXml(rowsXml(sheet.rows ?? [])),
    );
  });
  for (const [name, content] of Object.entries(extra)) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level: 9 });
}

/** A budget sheet every test can reconcile: 项目 | 预算数 | 执行数 with a 合计 row. */
export const BUDGET_ROWS: readonly (readonly CraftedCell[])[] = [
  ['单位：元'],
  ['项目', '预算数', '执行数'],
  ['人员经费', 1000, 900],
  ['公用经费', 500, 500],
  ['合计', 1500, 1400],
];

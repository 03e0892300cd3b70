import type { Language } from '../core/model/finding';

/**
 * What an .xls / .et's annotated copy keeps and drops (src/xlsx/legacyPackage.ts), said by the
 * command line on stderr and by the web page beside the download. A module of its own, so the
 * page's main bundle does not pull in the reader.
 */
export const LEGACY_COPY_NOTICE: Readonly<Record<Language, string>> = {
  'zh-CN':
    '标注副本按数值另存为新的 .xlsx（保留数值、数字格式、合并单元格、列宽和工作表的隐藏状态）；原文件中的公式（只留计算结果）、其他格式、批注、链接、名称、图表和宏未带入。如需保留，请先在 Excel 或 WPS 中另存为 .xlsx 再核对',
  'en-US':
    'the annotated copy is a new .xlsx written from the values (number formats, merged cells, column widths and hidden sheets kept); formulas (only their results are kept), other formatting, notes, links, names, charts and macros of the original are not carried over. To keep them, save it as .xlsx in Excel or WPS first',
};

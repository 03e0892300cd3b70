export * from './ExcelPort';
export * from './host';
export * from './navigate';

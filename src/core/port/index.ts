export * from './marks';
export * from './WorkbookPort';

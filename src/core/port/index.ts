export * from './marks';
export * from './WorkbookPort';
export * from './registry';

export * from './context';
export * from './host';
export * from './range';
export * from './state';
export * from './worksheet';
export * from './cells';
export * from './format';

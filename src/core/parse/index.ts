export * from './text';
export * from './unit';
export * from './numFmt';
export * from './number';
export * from './amount';
export * from './residentId';

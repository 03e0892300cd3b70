export * from './grid';
export * from './address';
export * from './unit';
export * from './finding';
export * from './roles';

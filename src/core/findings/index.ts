export * from './privacy';
export * from './marks';

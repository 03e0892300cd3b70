export * from './privacy';
export * from './marks';
export * from './report';
export * from './projects';

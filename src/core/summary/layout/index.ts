export * from './types';
export * from './styles';
export * from './text';
export * from './buildLayout';

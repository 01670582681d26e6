export * from './types';
export * from './tierOverrides';

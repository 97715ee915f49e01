export * from './resources';
export * from './interpolation';

export * from './errors';
export * from './contract';
export { channels, type CascadeApi } from './channels';

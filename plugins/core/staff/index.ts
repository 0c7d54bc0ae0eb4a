export * from './trackRecord'

export * from './messenger'
export * from './send'

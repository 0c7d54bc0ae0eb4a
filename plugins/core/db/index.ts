export { compareAndSet } from './compareAndSet'
export { type SqlDialect, type SqlHandle, type SqlTable, sqlOf, toSnakeCase } from './sql'
export { type FieldCondition, matchesWhere, visitWhere, WHERE_OPERATORS, type WhereOperator, whereToMongo } from './where'
export { type FieldSql, whereToSql } from './whereSql'

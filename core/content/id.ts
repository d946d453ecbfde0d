/**
 * What a content id looks like (module, lesson, block, option, term): lower-case words joined by
 * single dashes. Ids become keys of records in summaries and reports, so an id can never be the
 * name of a member every object already has ("constructor"): such an id would read that member.
 * The reserved names are Object.prototype's members (and a function's "prototype") that have an
 * id's shape; the others ("__proto__", "toString"…) cannot be ids anyway.
 */
const SHAPE = '[a-z0-9]+(?:-[a-z0-9]+)*';
const RESERVED = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'].filter((name) => new RegExp(`^${SHAPE}$`).test(name));
const ID = `(?!(?:${RESERVED.join('|')})(?![a-z0-9-]))${SHAPE}`;
export const CONTENT_ID_PATTERN = new RegExp(`^${ID}$`);

/** The shape alone, and whether an id is one of the reserved names: for messages that say which rule an id breaks. */
export const CONTENT_ID_SHAPE = new RegExp(`^${SHAPE}$`);
export const isReservedId = (id: string) => RESERVED.includes(id);

/** A CareLit activity: a module, a block of a module, or a part of a block answered on its own, each named by a content id. */
export const ACTIVITY_PATH_PATTERN = new RegExp(`^${ID}(?:/blocks/${ID}(?:/parts/${ID})?)?$`);

/** A record's own value for a key, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

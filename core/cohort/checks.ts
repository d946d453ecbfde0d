/**
 * A small kit of structural checks for untrusted JSON, written for speed: a trainer's import
 * checks 100,000 statements, and a general schema library allocates a result for every value
 * it visits (it cost ~10 µs a statement, as much as all the rest of the import together).
 * A check returns nothing when the value is right and throws a Fault when it is not; the
 * fault's path is filled in on the way out, so the right path costs nothing.
 */
export type Segment = string | number;

export class Fault {
  constructor(
    readonly message: string,
    readonly path: Segment[] = [],
  ) {}
}

/**
 * A fault a newer CareLit could cause: a block type, an interaction or an extension this
 * version does not know yet. The file may be genuine; this version cannot read it.
 */
export class NewerFault extends Fault {}

export type Check = (value: unknown) => void;

function at(segment: Segment, check: Check, value: unknown): void {
  try {
    check(value);
  } catch (error) {
    if (error instanceof Fault) error.path.unshift(segment);
    throw error;
  }
}

export function str(options: { min?: number; max: number; pattern?: RegExp; prefix?: string; message?: string }): Check {
  const { min = 0, max, pattern, prefix, message = 'not the expected text' } = options;
  return (value) => {
    if (typeof value !== 'string') throw new Fault('expected text');
    if (value.length < min || value.length > max) throw new Fault(`expected ${min}–${max} characters`);
    if (prefix !== undefined && !value.startsWith(prefix)) throw new Fault(message);
    if (pattern && !pattern.test(value)) throw new Fault(message);
  };
}

export function num(options: { min: number; max: number; integer?: boolean }): Check {
  const { min, max, integer = false } = options;
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Fault('expected a number');
    if (value < min || value > max) throw new Fault(`expected a number from ${min} to ${max}`);
    if (integer && !Number.isInteger(value)) throw new Fault('expected a whole number');
  };
}

export const bool: Check = (value) => {
  if (typeof value !== 'boolean') throw new Fault('expected true or false');
};

/** One of the values this version knows; any other is what a newer version could write. */
export function known(values: readonly string[], what: string): Check {
  const allowed = new Set(values);
  return (value) => {
    if (typeof value !== 'string') throw new Fault('expected text');
    if (!allowed.has(value)) throw new NewerFault(`${what} unknown to this version: ${JSON.stringify(value.slice(0, 80))}`);
  };
}

export function oneOf(values: readonly unknown[]): Check {
  const allowed = new Set(values);
  return (value) => {
    if (!allowed.has(value)) throw new Fault(`expected one of: ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  };
}

export function arr(item: Check, options: { min?: number; max: number }): Check {
  const { min = 0, max } = options;
  return (value) => {
    if (!Array.isArray(value)) throw new Fault('expected a list');
    if (value.length < min || value.length > max) throw new Fault(`expected ${min}–${max} items`);
    for (let i = 0; i < value.length; i += 1) at(i, item, value[i]);
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object with exactly these members (`optional` ones may be absent); any other member is a
 * fault — one a newer version could cause when `newerMembers` says such members are extensions.
 */
export function obj(required: Record<string, Check>, optional: Record<string, Check> = {}, { newerMembers = false } = {}): Check {
  const members = new Map<string, { check: Check; required: boolean }>([
    ...Object.entries(optional).map(([k, check]) => [k, { check, required: false }] as const),
    ...Object.entries(required).map(([k, check]) => [k, { check, required: true }] as const),
  ]);
  const requiredKeys = Object.keys(required);
  return (value) => {
    if (!isRecord(value)) throw new Fault('expected an object');
    const keys = Object.keys(value);
    let found = 0;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      const member = members.get(key);
      // Thrown before the value is read: nothing under an unknown key is ever looked at.
      if (member === undefined) {
        if (newerMembers) throw new NewerFault('an extension unknown to this version', [key]);
        throw new Fault('a field a progress file never has', [key]);
      }
      if (member.required) found += 1;
      try {
        member.check(value[key]);
      } catch (error) {
        if (error instanceof Fault) error.path.unshift(key);
        throw error;
      }
    }
    if (found < requiredKeys.length) throw new Fault('missing', [requiredKeys.find((k) => !Object.hasOwn(value, k))!]);
  };
}

/** An object used as a map: keys matching `key`, values passing `item`, at most `max` entries. */
export function map(key: RegExp, item: Check, max: number): Check {
  // The same few keys (language tags) come back in every statement: each is tested once.
  const known = new Set<string>();
  return (value) => {
    if (!isRecord(value)) throw new Fault('expected an object');
    const keys = Object.keys(value);
    if (keys.length > max) throw new Fault(`expected at most ${max} entries`);
    for (const k of keys) {
      if (!known.has(k)) {
        if (!key.test(k)) throw new Fault('unexpected key', [k]);
        if (known.size < 64) known.add(k);
      }
      at(k, item, value[k]);
    }
  };
}

export function refine(check: Check, holds: (value: never) => boolean, message: string): Check {
  return (value) => {
    check(value);
    if (!holds(value as never)) throw new Fault(message);
  };
}

/** The path as the refusal shows it: `statements[3].result.score`. */
export function pathText(path: readonly Segment[]): string {
  return (
    path
      .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
      .join('')
      .replace(/^\./, '') || '(file)'
  );
}

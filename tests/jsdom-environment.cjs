// Jest 30's jsdom lacks structuredClone, which IndexedDB (fake-indexeddb) needs to store rows.
const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom runs in its own realm, with its own ArrayBuffer and typed arrays; Node's structuredClone
 * and WebCrypto (which the tests lend it) make Node's. Dexie tells stored binary values (the
 * trainer's sealed records) from plain objects by their constructor, so a Node Uint8Array read
 * back would be copied as an object. The page gets Node's binary types, as a browser has one
 * realm for all of them.
 */
const BINARY = [
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

class CareLitJsdomEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.structuredClone = structuredClone;
    for (const name of BINARY) this.global[name] = globalThis[name];
    // Chromium has it; jsdom does not. The trainer's sealed statements are read back with it.
    this.global.DecompressionStream = DecompressionStream;
  }
}

module.exports = CareLitJsdomEnvironment;

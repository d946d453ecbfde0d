// Jest 30's jsdom lacks structuredClone, which IndexedDB (fake-indexeddb) needs to store rows.
const { TestEnvironment } = require('jest-environment-jsdom');

class CareLitJsdomEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.structuredClone = structuredClone;
  }
}

module.exports = CareLitJsdomEnvironment;

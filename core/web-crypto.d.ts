/**
 * The few standard globals core uses that exist alike in Node 20, Chromium and Electron
 * (WebCrypto and TextEncoder), declared here because core compiles without the DOM library.
 * Other projects see the full DOM or Node declarations; these are compatible subsets.
 */
interface CoreCryptoKey {
  readonly type: string;
}
interface CoreSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: 'PBKDF2', extractable: false, usages: ['deriveBits']): Promise<CoreCryptoKey>;
  deriveBits(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: CoreCryptoKey,
    length: number,
  ): Promise<ArrayBuffer>;
}
declare var crypto: {
  readonly subtle: CoreSubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID(): string;
};
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

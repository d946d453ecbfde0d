/**
 * The few standard globals core uses that exist alike in Node 20, Chromium and Electron
 * (WebCrypto, TextEncoder and TextDecoder), declared here because core compiles without the DOM
 * library. Other projects see the full DOM or Node declarations; these are compatible subsets.
 */
interface CoreCryptoKey {
  readonly type: string;
}
type CoreAesGcmParams = { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array };
interface CoreSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Uint8Array | ArrayBuffer, algorithm: 'PBKDF2' | 'HKDF', extractable: false, usages: ['deriveBits'] | ['deriveKey']): Promise<CoreCryptoKey>;
  deriveBits(algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number }, baseKey: CoreCryptoKey, length: number): Promise<ArrayBuffer>;
  deriveKey(
    algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: Uint8Array; info: Uint8Array },
    baseKey: CoreCryptoKey,
    derivedKeyType: { name: 'AES-GCM'; length: 256 } | { name: 'HMAC'; hash: 'SHA-256'; length: 256 },
    extractable: false,
    usages: ('encrypt' | 'decrypt' | 'sign')[],
  ): Promise<CoreCryptoKey>;
  encrypt(algorithm: CoreAesGcmParams, key: CoreCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: CoreAesGcmParams, key: CoreCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  sign(algorithm: 'HMAC', key: CoreCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
}
declare var crypto: {
  readonly subtle: CoreSubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID(): string;
};
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

import { inflateRawSync } from 'node:zlib';
import { catalogueModules } from '../../../cli/cohort';
import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { simulateCohort } from '../../../core/cohort/simulate';
import { seededRandom } from '../../../core/random';
import { inflated } from '../../../renderer/src/db/deflate';
import { codeLengths, rawDeflate } from '../../../renderer/src/db/raw-deflate';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes from a seeded generator: the same every run. */
function noise(length: number, seed: number, alphabet = 256): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => random.int(0, alphabet - 1));
}

/** The bytes compressed, then read back as the app reads them (DecompressionStream) and as zlib does. */
async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const packed = rawDeflate(bytes);
  // Compared as buffers: element by element, a megabyte takes the matcher seconds.
  const same = (back: Uint8Array) => ({ length: back.length, same: Buffer.from(back).equals(bytes) });
  expect(same(inflateRawSync(packed))).toEqual({ length: bytes.length, same: true });
  expect(same(await inflated(packed))).toEqual({ length: bytes.length, same: true });
  return packed;
}

describe('raw DEFLATE written by the app', () => {
  it('reads back as what was written, whatever its length or content', async () => {
    await roundTrip(new Uint8Array(0));
    await roundTrip(utf8('a'));
    await roundTrip(utf8('abcabcabcabcabcabcabcabcabcabc'));
    // One byte over and over: repeats at distance 1, as long as DEFLATE allows (258).
    expect((await roundTrip(new Uint8Array(100_000).fill(0x41))).length).toBeLessThan(1_000);
    // Bytes that do not repeat: several blocks of literals, barely larger than they were.
    const random = noise(300_000, 1);
    expect((await roundTrip(random)).length).toBeLessThan(random.length * 1.01);
    // Two letters only: short codes, a block's lengths coded with few code-length codes.
    await roundTrip(noise(200_000, 2, 2));
    // Every place a repeat may come from: the whole window, and beyond it (too far, written again).
    const block = noise(20_000, 3);
    const far = new Uint8Array(20_000 + 12_768 + 20_000 + 20_000 + 20_000);
    far.set(block, 0);
    far.set(noise(12_768, 4), 20_000);
    far.set(block, 32_768); // exactly 32,768 bytes later: the farthest DEFLATE can point
    far.set(noise(20_000, 5), 52_768);
    far.set(block, 72_768); // 40,000 bytes after its last copy: out of reach
    await roundTrip(far);
  });

  it('reads back texts that repeat themselves at every distance and length, of every size around its limits', async () => {
    // Words of one to three hundred letters, picked at random: repeats near and far, short and
    // as long as DEFLATE allows, ending anywhere in a block; sizes around the window and a block.
    const words = Array.from({ length: 40 }, (_, i) => String.fromCharCode(...noise(1 + ((i * 37) % 300), 100 + i, 26).map((c) => 97 + c)));
    for (const [seed, size] of [
      [1, 3],
      [2, 257],
      [3, 4_097],
      [4, 32_767],
      [5, 32_769],
      [6, 65_536],
      [7, 98_305],
      [8, 250_001],
    ] as const) {
      const random = seededRandom(seed);
      let text = '';
      while (text.length < size) text += `${words[random.int(0, words.length - 1)]!}${random.int(0, 9) === 0 ? `"${random.int(0, 99999)}",` : ' '}`;
      await roundTrip(utf8(text.slice(0, size)));
    }
  });

  it('reads bytes that are a part of a larger buffer, as a file with a byte-order mark gives them', async () => {
    const whole = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":"b","a2":"b","a3":"b"}'.repeat(200))]);
    await roundTrip(whole.subarray(3));
  });

  // Simulating a learner's 500 statements takes seconds on a busy machine.
  it('keeps a learner’s statements at about a seventh of their size', async () => {
    const catalogue = catalogueModules();
    if (!catalogue.ok) throw new Error(catalogue.message);
    const [file] = await simulateCohort({ learners: 1, seed: 2026, statementsPerLearner: 500, appVersion: '0.1.0' }, catalogue.modules);
    const text = utf8(serialiseProgressFile(file!));
    const packed = await roundTrip(text);
    expect(packed.length).toBeLessThan(text.length / 6);
  }, 60_000);

  it('leaves what the platform compressed before as readable as ever (records kept by earlier versions)', async () => {
    const text = utf8('{"statements":[' + '{"verb":"answered","result":{"success":true}},'.repeat(500) + '{}]}');
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const before = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(Buffer.from(await inflated(before)).equals(text)).toBe(true);
  });

  it('never gives a code longer than DEFLATE allows, however uneven the counts', () => {
    // Counts in the Fibonacci sequence make the deepest optimal code: 40 symbols would need 39 bits.
    const counts = new Uint32Array(40);
    counts[0] = 1;
    counts[1] = 1;
    for (let i = 2; i < counts.length; i += 1) counts[i] = counts[i - 1]! + counts[i - 2]!;
    for (const limit of [7, 15]) {
      const lengths = codeLengths(counts, limit);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(limit);
      expect(Math.min(...lengths)).toBeGreaterThan(0);
      // A prefix code, and a complete one: the lengths' Kraft sum is exactly 1.
      expect(lengths.reduce((sum, length) => sum + 2 ** -length, 0)).toBe(1);
    }
  });
});

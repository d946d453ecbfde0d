/**
 * Raw DEFLATE (RFC 1951), written here: a fast, greedy compressor for the statements the
 * trainer's import keeps, whose output any inflater reads (the app reads it back with the
 * platform's DecompressionStream, as it reads what CompressionStream wrote before).
 *
 * Why not CompressionStream: it has one setting, zlib's default level, which on a progress
 * file's text (about 1.1 MB of JSON that repeats itself) cost about twice what this does, on
 * the core the import shares with the next file's checks, IndexedDB and WebCrypto. This one
 * takes, at each place, the longest of the repeats found at up to MAX_CHAIN earlier places with
 * the same next four bytes (no lazy matching), and codes each block with its own Huffman codes.
 * Its output is a little larger than the default level's: about 150 KB against 128 KB for the
 * benchmark's simulated learners.
 */

const WINDOW = 1 << 15;
const WINDOW_MASK = WINDOW - 1;
const HASH_BITS = 15;
/** Repeats shorter than this are written as literals (DEFLATE allows 3; 4 bytes are hashed). */
const MIN_MATCH = 4;
const MAX_MATCH = 258;
/** How many earlier places with the same hash are tried. */
const MAX_CHAIN = 4;
/** A repeat this long is taken without trying further places. */
const GOOD_MATCH = 32;
/** Inside a repeat up to this long, each place is remembered for the repeats to come; inside a longer one, none is. */
const MAX_INSERT = 8;
/** Symbols per block: each block has its own codes. */
const BLOCK_SYMBOLS = 1 << 15;
const END_OF_BLOCK = 256;

// The length codes (257–285) and distance codes (0–29) of RFC 1951 §3.2.5, with their extra bits.
const LENGTH_BASE = new Uint16Array(29);
const LENGTH_EXTRA = new Uint8Array(29);
const LENGTH_CODE = new Uint8Array(MAX_MATCH + 1);
const DISTANCE_BASE = new Uint16Array(30);
const DISTANCE_EXTRA = new Uint8Array(30);
/** The distance code of distances 1–256 by distance − 1, and of longer ones by (distance − 1) >> 7. */
const DISTANCE_CODE_NEAR = new Uint8Array(256);
const DISTANCE_CODE_FAR = new Uint8Array(256);
{
  let base = 3;
  for (let code = 0; code < 28; code += 1) {
    const extra = code < 8 ? 0 : (code >> 2) - 1;
    LENGTH_BASE[code] = base;
    LENGTH_EXTRA[code] = extra;
    for (let length = base; length < base + (1 << extra); length += 1) LENGTH_CODE[length] = code;
    base += 1 << extra;
  }
  // 258 has a code of its own (285), without extra bits.
  LENGTH_BASE[28] = MAX_MATCH;
  LENGTH_CODE[MAX_MATCH] = 28;
  base = 1;
  for (let code = 0; code < 30; code += 1) {
    const extra = code < 4 ? 0 : (code >> 1) - 1;
    DISTANCE_BASE[code] = base;
    DISTANCE_EXTRA[code] = extra;
    for (let d = base - 1; d < base - 1 + (1 << extra); d += 1) {
      if (d < 256) DISTANCE_CODE_NEAR[d] = code;
      else DISTANCE_CODE_FAR[d >> 7] = code;
    }
    base += 1 << extra;
  }
}

/** The order in which a dynamic block lists the lengths of its code-length code. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A repeat, as the symbol list holds it: its length code and extra bits, its distance code
 * and extra bits, above every literal byte.
 */
const REPEAT = 1 << 28;
const repeatSymbol = (lengthCode: number, lengthExtra: number, distanceCode: number, distanceExtra: number) =>
  REPEAT | lengthCode | (lengthExtra << 5) | (distanceCode << 10) | (distanceExtra << 15);

/** Bits written least significant first, as DEFLATE packs them. */
class BitWriter {
  bytes: Uint8Array<ArrayBuffer>;
  at = 0;
  /** Bits not written yet (fewer than 8 between calls), and how many. */
  pending = 0;
  count = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }

  /** Room for `more` bytes. */
  reserve(more: number): void {
    if (this.at + more <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.at + more));
    bigger.set(this.bytes.subarray(0, this.at));
    this.bytes = bigger;
  }

  /** Up to 24 bits, with room reserved. */
  write(value: number, bits: number): void {
    this.pending |= value << this.count;
    this.count += bits;
    while (this.count >= 8) {
      this.bytes[this.at++] = this.pending;
      this.pending >>>= 8;
      this.count -= 8;
    }
  }

  finish(): Uint8Array<ArrayBuffer> {
    if (this.count > 0) this.write(0, 8 - this.count);
    return this.bytes.slice(0, this.at);
  }
}

/**
 * Huffman code lengths for these symbol counts, none longer than `limit`: when the optimal
 * code would be deeper, the counts are flattened (halved, none dropped to zero) and it is
 * built again.
 */
export function codeLengths(counts: Uint32Array, limit: number): Uint8Array {
  const lengths = new Uint8Array(counts.length);
  const used: number[] = [];
  for (let symbol = 0; symbol < counts.length; symbol += 1) if (counts[symbol]) used.push(symbol);
  if (used.length === 0) return lengths;
  // A code of one symbol still takes one bit (inflaters accept a lone code of length 1).
  if (used.length === 1) {
    lengths[used[0]!] = 1;
    return lengths;
  }
  const weight = used.map((symbol) => counts[symbol]!);
  for (;;) {
    // The leaves by weight, then the classic two queues: the leaves, and the nodes made from them, in the order made.
    const order = used.map((_, i) => i).sort((a, b) => weight[a]! - weight[b]! || a - b);
    const leaves = order.length;
    const nodes = 2 * leaves - 1;
    const nodeWeight = new Float64Array(nodes);
    const parent = new Int32Array(nodes);
    for (let i = 0; i < leaves; i += 1) nodeWeight[i] = weight[order[i]!]!;
    let leaf = 0;
    let inner = leaves;
    const lightest = (made: number) => (leaf < leaves && (inner >= made || nodeWeight[leaf]! <= nodeWeight[inner]!) ? leaf++ : inner++);
    for (let made = leaves; made < nodes; made += 1) {
      const a = lightest(made);
      const b = lightest(made);
      nodeWeight[made] = nodeWeight[a]! + nodeWeight[b]!;
      parent[a] = made;
      parent[b] = made;
    }
    const depth = new Uint8Array(nodes);
    let deepest = 0;
    for (let i = nodes - 2; i >= 0; i -= 1) {
      depth[i] = depth[parent[i]!]! + 1;
      if (depth[i]! > deepest) deepest = depth[i]!;
    }
    if (deepest <= limit) {
      for (let i = 0; i < leaves; i += 1) lengths[used[order[i]!]!] = depth[i]!;
      return lengths;
    }
    for (let i = 0; i < weight.length; i += 1) weight[i] = (weight[i]! >> 1) | 1;
  }
}

/** The canonical codes for these lengths (RFC 1951 §3.2.2), bit-reversed to be written least significant bit first. */
function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const perLength = new Uint16Array(16);
  for (const length of lengths) if (length) perLength[length]! += 1;
  const next = new Uint16Array(16);
  for (let bits = 1, code = 0; bits < 16; bits += 1) {
    code = (code + perLength[bits - 1]!) << 1;
    next[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol += 1) {
    const length = lengths[symbol]!;
    if (!length) continue;
    let code = next[length]!;
    next[length] = code + 1;
    let reversed = 0;
    for (let bit = 0; bit < length; bit += 1) {
      reversed = (reversed << 1) | (code & 1);
      code >>= 1;
    }
    codes[symbol] = reversed;
  }
  return codes;
}

/** A dynamic block's header: its two codes, given by their lengths, themselves run-length coded. */
function writeCodes(out: BitWriter, literalLengths: Uint8Array, distanceLengths: Uint8Array, last: boolean): void {
  let literals = 286;
  while (literals > 257 && !literalLengths[literals - 1]) literals -= 1;
  let distances = 30;
  while (distances > 1 && !distanceLengths[distances - 1]) distances -= 1;
  const lengths = new Uint8Array(literals + distances);
  lengths.set(literalLengths.subarray(0, literals));
  lengths.set(distanceLengths.subarray(0, distances), literals);
  // 16 repeats the previous length 3–6 times; 17 and 18 write 3–10 and 11–138 zeros. The run's extra bits above bit 8.
  const runs: number[] = [];
  for (let i = 0; i < lengths.length;) {
    const length = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === length) run += 1;
    if (length === 0 && run >= 3) {
      const zeros = Math.min(run, 138);
      runs.push(zeros >= 11 ? 18 | ((zeros - 11) << 8) : 17 | ((zeros - 3) << 8));
      i += zeros;
    } else if (length !== 0 && run >= 4) {
      const repeats = Math.min(run - 1, 6);
      runs.push(length, 16 | ((repeats - 3) << 8));
      i += 1 + repeats;
    } else {
      runs.push(length);
      i += 1;
    }
  }
  const runCounts = new Uint32Array(19);
  for (const run of runs) runCounts[run & 0xff]! += 1;
  // Inflaters refuse a code-length code of a single code: a second one, unused, completes it.
  if (runCounts.filter((n) => n > 0).length < 2) runCounts[runCounts[0] ? 1 : 0] = 1;
  const runLengths = codeLengths(runCounts, 7);
  const runCodes = canonicalCodes(runLengths);
  let listed = 19;
  while (listed > 4 && !runLengths[CODE_LENGTH_ORDER[listed - 1]!]) listed -= 1;

  out.reserve(64 + runs.length * 3);
  out.write(last ? 1 : 0, 1);
  out.write(2, 2); // dynamic Huffman codes
  out.write(literals - 257, 5);
  out.write(distances - 1, 5);
  out.write(listed - 4, 4);
  for (let i = 0; i < listed; i += 1) out.write(runLengths[CODE_LENGTH_ORDER[i]!]!, 3);
  for (const run of runs) {
    const symbol = run & 0xff;
    out.write(runCodes[symbol]!, runLengths[symbol]!);
    if (symbol >= 16) out.write(run >> 8, symbol === 16 ? 2 : symbol === 17 ? 3 : 7);
  }
}

/** One block: its codes from the counts of its symbols, then the symbols. */
function writeBlock(out: BitWriter, symbols: Int32Array, count: number, literalCounts: Uint32Array, distanceCounts: Uint32Array, last: boolean): void {
  literalCounts[END_OF_BLOCK] = 1;
  // A block without repeats still declares a distance code.
  if (!distanceCounts.some((n) => n > 0)) distanceCounts[0] = 1;
  const literalLengths = codeLengths(literalCounts, 15);
  const distanceLengths = codeLengths(distanceCounts, 15);
  const literalCodes = canonicalCodes(literalLengths);
  const distanceCodes = canonicalCodes(distanceLengths);
  writeCodes(out, literalLengths, distanceLengths, last);

  // The symbols, with the writer's state in locals (most of the writing time is here): a code and
  // its extra bits at once when they fit (at most 15 + 5 bits after at most 7 pending).
  out.reserve(count * 6 + 8);
  const bytes = out.bytes;
  let { at, pending, count: bits } = out;
  for (let i = 0; i < count; i += 1) {
    const symbol = symbols[i]!;
    if (symbol < REPEAT) {
      pending |= literalCodes[symbol]! << bits;
      bits += literalLengths[symbol]!;
    } else {
      const lengthCode = 257 + (symbol & 31);
      const lengthBits = literalLengths[lengthCode]!;
      pending |= (literalCodes[lengthCode]! | (((symbol >>> 5) & 31) << lengthBits)) << bits;
      bits += lengthBits + LENGTH_EXTRA[symbol & 31]!;
      while (bits >= 8) {
        bytes[at++] = pending;
        pending >>>= 8;
        bits -= 8;
      }
      const distanceCode = (symbol >>> 10) & 31;
      pending |= distanceCodes[distanceCode]! << bits;
      bits += distanceLengths[distanceCode]!;
      if (DISTANCE_EXTRA[distanceCode]) {
        while (bits >= 8) {
          bytes[at++] = pending;
          pending >>>= 8;
          bits -= 8;
        }
        pending |= ((symbol >>> 15) & 8191) << bits;
        bits += DISTANCE_EXTRA[distanceCode]!;
      }
    }
    while (bits >= 8) {
      bytes[at++] = pending;
      pending >>>= 8;
      bits -= 8;
    }
  }
  out.at = at;
  out.pending = pending;
  out.count = bits;
  out.write(literalCodes[END_OF_BLOCK]!, literalLengths[END_OF_BLOCK]!);
}

/** The bytes as raw DEFLATE (what CompressionStream('deflate-raw') gives and DecompressionStream reads). */
export function rawDeflate(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const size = data.length;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const hashAt = (at: number) => Math.imul(view.getUint32(at, true), 0x9e3779b1) >>> (32 - HASH_BITS);
  const out = new BitWriter(Math.max(256, size >> 3));
  // The latest place of each hash; and for each place (modulo the window), the place before it with the same hash.
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const previous = new Int32Array(WINDOW);
  const symbols = new Int32Array(BLOCK_SYMBOLS);
  const literalCounts = new Uint32Array(286);
  const distanceCounts = new Uint32Array(30);
  let count = 0;
  let at = 0;
  while (at < size) {
    let best = 0;
    let bestDistance = 0;
    if (at + MIN_MATCH <= size) {
      const hash = hashAt(at);
      let candidate = head[hash]!;
      previous[at & WINDOW_MASK] = candidate;
      head[hash] = at;
      const longest = Math.min(MAX_MATCH, size - at);
      for (let tries = MAX_CHAIN; candidate >= 0 && at - candidate <= WINDOW && tries > 0; tries -= 1) {
        // Worth measuring only if it could be longer than the best so far: its byte there must match first.
        if (data[candidate + best] === data[at + best]) {
          let length = 0;
          while (length + 4 <= longest && view.getUint32(candidate + length, true) === view.getUint32(at + length, true)) length += 4;
          while (length < longest && data[candidate + length] === data[at + length]) length += 1;
          if (length > best) {
            best = length;
            bestDistance = at - candidate;
            if (length >= GOOD_MATCH || length === longest) break;
          }
        }
        const before = previous[candidate & WINDOW_MASK]!;
        // The slot was taken by a later place since: the chain ends here.
        if (before >= candidate) break;
        candidate = before;
      }
    }
    if (best >= MIN_MATCH) {
      const lengthCode = LENGTH_CODE[best]!;
      const distanceCode = bestDistance <= 256 ? DISTANCE_CODE_NEAR[bestDistance - 1]! : DISTANCE_CODE_FAR[(bestDistance - 1) >> 7]!;
      symbols[count++] = repeatSymbol(lengthCode, best - LENGTH_BASE[lengthCode]!, distanceCode, bestDistance - DISTANCE_BASE[distanceCode]!);
      literalCounts[257 + lengthCode]! += 1;
      distanceCounts[distanceCode]! += 1;
      const end = at + best;
      if (best <= MAX_INSERT) {
        for (let inside = at + 1; inside < end && inside + MIN_MATCH <= size; inside += 1) {
          const hash = hashAt(inside);
          previous[inside & WINDOW_MASK] = head[hash]!;
          head[hash] = inside;
        }
      }
      at = end;
    } else {
      const literal = data[at]!;
      symbols[count++] = literal;
      literalCounts[literal]! += 1;
      at += 1;
    }
    if (count === BLOCK_SYMBOLS) {
      writeBlock(out, symbols, count, literalCounts, distanceCounts, false);
      count = 0;
      literalCounts.fill(0);
      distanceCounts.fill(0);
    }
  }
  writeBlock(out, symbols, count, literalCounts, distanceCounts, true);
  return out.finish();
}

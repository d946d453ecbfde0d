/**
 * How much JavaScript the app loads before its first screen: the entry chunk named by
 * index.html and what it preloads, against its budget; what a return adds (the app with her
 * data); then every other chunk (each module loads as its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchError, type Benchmark } from './benchmark';
import { appDist } from './builds';
import { kilobytes, verdict } from './figures';

/** The budget for the entry chunk, gzipped, in KB of 1000 bytes. */
const ENTRY_GZIP_TARGET_KB = 150;

interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

/** An attribute's value in one HTML start tag, quoted or not. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The `src` of the first `<script type="module" src>` of a page: the entry chunk. */
export function entryScriptSrc(html: string): string | undefined {
  return (html.match(/<script\b[^>]*>/gi) ?? [])
    .filter((tag) => attribute(tag, 'type')?.toLowerCase() === 'module')
    .map((tag) => attribute(tag, 'src'))
    .find((src) => src !== undefined);
}

/** The `src`s of classic scripts (`<script src>` with no `type="module"`): run as the page is read. */
export function classicScriptSrcs(html: string): string[] {
  return (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => attribute(tag, 'type')?.toLowerCase() !== 'module').flatMap((tag) => attribute(tag, 'src') ?? []);
}

/** The `href`s of `<link rel="modulepreload">`: chunks split off the entry that the first screen loads too. */
export function preloadedHrefs(html: string): string[] {
  return (html.match(/<link\b[^>]*>/gi) ?? []).filter((tag) => attribute(tag, 'rel')?.toLowerCase() === 'modulepreload').flatMap((tag) => attribute(tag, 'href') ?? []);
}

/** The chunks a return adds to the first screen's, as the page lists them for assets/return-preload.js (scripts/vite-return-preload-plugin.ts). */
export function returnPreloadHrefs(html: string): string[] {
  const tag = (html.match(/<meta\b[^>]*>/gi) ?? []).find((meta) => attribute(meta, 'name') === 'carelit-return-preload');
  return (tag && attribute(tag, 'content')?.split(' ').filter(Boolean)) || [];
}

/** The file a root-relative or page-relative `src` names inside the built folder. */
export function fileForSrc(distDir: string, src: string): string {
  const pathname = src.split(/[?#]/, 1)[0] ?? '';
  return path.join(distDir, ...pathname.split('/').filter((s) => s !== '' && s !== '.'));
}

/** A file's name inside the build, with forward slashes, as index.html and Vite name it. */
function nameInDist(distDir: string, file: string): string {
  return path.relative(distDir, file).split(path.sep).join('/');
}

function sizeOf(distDir: string, file: string): ChunkSize {
  const bytes = readFileSync(file);
  return { file: nameInDist(distDir, file), raw: bytes.length, gzip: gzipSync(bytes).length };
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(dir, name));
}

function readIndexHtml(distDir: string): string {
  const indexHtml = path.join(distDir, 'index.html');
  try {
    return readFileSync(indexHtml, 'utf8');
  } catch {
    throw new BenchError(`No ${indexHtml}: was the renderer built?`);
  }
}

/**
 * Prints what the first screen loads — the entry chunk and the chunks it preloads, each gzipped
 * on its own, as the browser receives them — against the target, then every other chunk.
 */
export function reportBundle(distDir: string): void {
  const html = readIndexHtml(distDir);
  const src = entryScriptSrc(html);
  if (src === undefined) throw new BenchError(`${distDir}/index.html has no <script type="module" src>: cannot tell the entry chunk.`);
  const entry = sizeOf(distDir, fileForSrc(distDir, src));
  const preloaded = new Set([...preloadedHrefs(html), ...classicScriptSrcs(html)].map((href) => nameInDist(distDir, fileForSrc(distDir, href))));
  const chunks = jsFilesUnder(distDir).map((file) => sizeOf(distDir, file));
  const startup = chunks.filter((chunk) => chunk.file === entry.file || preloaded.has(chunk.file));
  const gzip = startup.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const raw = startup.reduce((sum, chunk) => sum + chunk.raw, 0);
  const within = gzip / 1000 <= ENTRY_GZIP_TARGET_KB;
  console.log(
    `entry chunk with the ${startup.length - 1} files loaded with it (its preloads, the page's scripts): ${kilobytes(gzip)} gzip (raw ${kilobytes(raw)}; entry alone ${kilobytes(entry.gzip)}) — target ≤ ${ENTRY_GZIP_TARGET_KB} KB: ${verdict(within)}`,
  );
  // A first start's screen is the language choice; a return's is the app with her data, whose
  // chunks the page asks for as it is read. Reported, with no target of its own.
  const forReturn = new Set(returnPreloadHrefs(html).map((href) => nameInDist(distDir, fileForSrc(distDir, href))));
  const added = chunks.filter((chunk) => forReturn.has(chunk.file));
  if (added.length) {
    const addedGzip = added.reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.log(`a return (her language known) also loads ${added.length} chunks for the app with her data: ${kilobytes(addedGzip)} gzip, ${kilobytes(gzip + addedGzip)} in all`);
  }
  const others = chunks.filter((chunk) => chunk.file !== entry.file).sort((a, b) => b.gzip - a.gzip);
  if (others.length === 0) return;
  console.log(`other JS chunks (${others.length}; * = loaded with the entry, + = on a return, the rest load on demand):`);
  const width = Math.max(...others.map((chunk) => chunk.file.length));
  for (const chunk of others) {
    const mark = preloaded.has(chunk.file) ? '*' : forReturn.has(chunk.file) ? '+' : ' ';
    console.log(`  ${mark} ${chunk.file.padEnd(width)}  ${kilobytes(chunk.gzip).padStart(8)} gzip (raw ${kilobytes(chunk.raw)})`);
  }
}

export const bundleSize: Benchmark = {
  name: 'bundle-size',
  needsBuilds: true,
  run: async ({ root }) => reportBundle(appDist(root)),
};

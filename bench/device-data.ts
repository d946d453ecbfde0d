/**
 * The device-data block's chart: how much code it adds (its chunk, with the d3 modules it draws
 * with, gzipped as the browser receives it) and that none of it is in the first screen; then, in
 * Chromium, the time to draw 14 days of a glucose sensor read every 5 minutes (4,032 points) and
 * to move the keyboard cursor by one reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium';
import { runQuietly, viteCommand } from '../scripts/run-quietly';
import { serveStatic } from '../scripts/serve';
import { BenchError, type Benchmark } from './benchmark';
import { appDist } from './builds';
import { entryScriptSrc, fileForSrc, preloadedHrefs } from './bundle-size';
import type { DeviceBenchResult } from './device-data/result';
import { countFromEnv, kilobytes, median, verdict } from './figures';

const CHUNK_GZIP_TARGET_KB = 30;
const DRAW_TARGET_MS = 50;
const MOVE_TARGET_MS = 16;
/** The chart component's file: Vite names its chunk after it. */
const CHART_CHUNK = /^DeviceChart-[\w-]+\.js$/;

export interface ChartChunk {
  file: string;
  raw: number;
  gzip: number;
  /** Whether the first screen loads it: the entry chunk, one it preloads, or one they import statically. */
  inFirstScreen: boolean;
}

/** The files a chunk imports statically (minified ES modules: `import{a as b}from"./x.js"`, `import"./y.js"`). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

/** Everything the first screen loads: the entry, the chunks index.html preloads, and all they import statically. */
function firstScreenFiles(distDir: string): Set<string> {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const src = entryScriptSrc(html);
  if (src === undefined) throw new BenchError(`${distDir}/index.html has no <script type="module" src>: cannot tell the entry chunk.`);
  const todo = [fileForSrc(distDir, src), ...preloadedHrefs(html).map((href) => fileForSrc(distDir, href))];
  const seen = new Set<string>();
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return seen;
}

/** The chart's chunk in a built renderer, and whether the first screen would load it. */
export function chartChunk(distDir: string): ChartChunk {
  const assets = path.join(distDir, 'assets');
  const names = readdirSync(assets).filter((name) => CHART_CHUNK.test(name));
  if (names.length !== 1) throw new BenchError(`Expected one DeviceChart chunk in ${assets}, found ${names.length}: is the chart still loaded on demand?`);
  const file = path.join(assets, names[0]!);
  const bytes = readFileSync(file);
  return { file: names[0]!, raw: bytes.length, gzip: gzipSync(bytes).length, inFirstScreen: firstScreenFiles(distDir).has(file) };
}

export const deviceDataBench: Benchmark = {
  name: 'device-data',
  needsBuilds: true,
  run: async ({ root }) => {
    const chunk = chartChunk(appDist(root));
    const within = chunk.gzip / 1000 <= CHUNK_GZIP_TARGET_KB && !chunk.inFirstScreen;
    const where = chunk.inFirstScreen ? 'LOADED WITH THE FIRST SCREEN' : 'loaded on demand, not in the first screen';
    console.log(
      `device-data chart: ${chunk.file} (the chart with d3-scale and d3-shape) ${kilobytes(chunk.gzip)} gzip (raw ${kilobytes(chunk.raw)}), ${where} — target ≤ ${CHUNK_GZIP_TARGET_KB} KB on demand: ${verdict(within)}`,
    );

    const draws = countFromEnv('CARELIT_BENCH_DRAWS', 15);
    const moves = countFromEnv('CARELIT_BENCH_MOVES', 200);
    console.log('Building the chart benchmark page…');
    const built = await runQuietly(viteCommand(root, ['build', '--config', path.join('bench', 'device-data', 'vite.config.ts')]), { cwd: root });
    if (!built.ok) {
      process.stderr.write(built.output);
      throw new BenchError(`Could not build the chart benchmark page: vite ${built.reason}.`);
    }
    // The browser first: when it cannot start, no server is left open.
    const browser = await launchChromium();
    const server = await serveStatic(path.join(root, 'dist', 'bench', 'device-data'));
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.waitForFunction('document.title === "ready"');
      const result = (await page.evaluate(`window.runDeviceBench(${draws}, ${moves})`).catch((error: unknown) => {
        throw new BenchError(`The chart benchmark page failed: ${errors[0] ?? String(error)}`);
      })) as DeviceBenchResult;
      // The first draw also compiles the code: the figure is the steady one, as for every later block shown.
      const draw = median(result.drawMs.slice(1));
      const move = median(result.moveMs);
      const p95 = [...result.moveMs].sort((a, b) => a - b)[Math.floor(result.moveMs.length * 0.95)]!;
      console.log(
        `  ${result.points.toLocaleString('en')} points (14 days every 5 minutes): drawn in ${draw.toFixed(1)} ms (median of ${draws - 1}, render to layout; first draw ${result.drawMs[0]!.toFixed(1)} ms) — target < ${DRAW_TARGET_MS} ms: ${verdict(draw < DRAW_TARGET_MS)}`,
      );
      console.log(
        `  cursor moved by one reading in ${move.toFixed(2)} ms (median of ${moves}, 95th percentile ${p95.toFixed(2)} ms, key to layout) — target < ${MOVE_TARGET_MS} ms: ${verdict(move < MOVE_TARGET_MS)}`,
      );
      console.log(`  last reading announced: "${result.lastReadout}"`);
    } finally {
      await browser.close();
      await server.close();
    }
  },
};

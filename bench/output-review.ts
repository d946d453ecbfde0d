/**
 * Marking a sentence of a 600-word AI output: from the key press (Space on a sentence) to the
 * mark on the page — the block's handler, React's render and commit of the whole view (the
 * output, the choice of type and confidence that opens, her list of marks), style and layout —
 * in Chromium, on the app's own view and database. Each press marks one more sentence, so the
 * last ones are made with nearly 40 marks already on the page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { OutputReviewBlock } from '../core/blocks/output-review/definition';
import { LANGUAGES } from '../core/i18n';
import { launchChromium } from '../scripts/chromium';
import { runQuietly, viteCommand } from '../scripts/run-quietly';
import { serveStatic } from '../scripts/serve';
import { BenchError, type Benchmark } from './benchmark';
import { countFromEnv, machineLoad, median, verdict } from './figures';
import type { MarkTiming, PageSetup } from './output-review/result';

/** The benchmark's name, and its page's folder under bench/ and dist/bench/. */
const NAME = 'output-review';
const TARGET_MS = 16;
const WORDS = 600;

const wordsOf = (segments: OutputReviewBlock['segments']['en']) => segments.reduce((sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length, 0);

/**
 * The worked example (core/blocks/output-review/example.yaml) grown to `words` words in every
 * language: its sentences without a flaw come back, a paragraph at a time, after the letter.
 */
export function longOutput(root: string, words = WORDS): OutputReviewBlock {
  const [example] = parseDocument(readFileSync(path.join(root, 'core/blocks/output-review/example.yaml'), 'utf8')).toJS() as OutputReviewBlock[];
  const block = structuredClone(example!);
  for (const lang of LANGUAGES) {
    const clean = example!.segments[lang].filter((s) => s.flaw === undefined).map(({ paragraph: _p, ...s }) => s);
    const segments = block.segments[lang];
    while (wordsOf(segments) < words) segments.push(...clean.map((s, i) => ({ ...s, ...(i === 0 ? { paragraph: true } : {}) })));
  }
  return block;
}

/** The benchmark's module: the test fixtures' sample module with the long output as its only block. */
function benchModule(root: string): unknown {
  const sample = parseDocument(readFileSync(path.join(root, 'tests/fixtures/modules/valid/sample/module.yaml'), 'utf8')).toJS() as { lessons: { blocks: unknown[] }[] };
  return { ...sample, passingScore: 0.7, lessons: [{ ...sample.lessons[0]!, blocks: [longOutput(root)] }] };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)]!;

export const outputReviewBench: Benchmark = {
  name: NAME,
  needsBuilds: false,
  run: async ({ root }) => {
    const marks = countFromEnv('CARELIT_BENCH_MARKS', 40);
    console.log('Building the output-review benchmark page…');
    const built = await runQuietly(viteCommand(root, ['build', '--config', path.join('bench', NAME, 'vite.config.ts')]), { cwd: root });
    if (!built.ok) {
      process.stderr.write(built.output);
      throw new BenchError(`Could not build the output-review benchmark page: vite ${built.reason}.`);
    }
    const dist = path.join(root, 'dist', 'bench', NAME);
    rmSync(path.join(dist, 'module.json'), { force: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'module.json'), JSON.stringify(benchModule(root)));
    // The browser first: when it cannot start, no server is left open.
    const browser = await launchChromium();
    const server = await serveStatic(dist);
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await page.goto(server.url);
      await page.waitForFunction('document.title === "ready"');
      const setup = (await page.evaluate('window.benchSetup()')) as PageSetup;
      const count = Math.min(marks, setup.segments);
      const timings: MarkTiming[] = [];
      // One unmeasured mark and unmark first: the first press pays for code that runs once.
      await page.evaluate('window.benchFocus(0)');
      await page.keyboard.press('Space');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Space');
      for (let i = 0; i < count; i += 1) {
        await page.evaluate(`window.benchFocus(${i})`);
        await page.evaluate('window.benchArm()');
        await page.keyboard.press('Space');
        timings.push((await page.evaluate('window.benchCollect()')) as MarkTiming);
        // Back to the text, outside the measure, as she would after choosing a type.
        await page.keyboard.press('Escape');
      }
      const marked = timings.map((t) => t.toMarkedMs);
      const frames = timings.map((t) => t.toFrameMs);
      const typical = median(marked);
      console.log(`output review: ${setup.words} words in ${setup.segments} sentences, ${count} sentences marked one after another`);
      console.log(`  key press to mark on the page (handler, render, commit, layout): median ${typical.toFixed(1)} ms — target < ${TARGET_MS} ms: ${verdict(typical < TARGET_MS)}`);
      console.log(
        `  95th percentile ${percentile(marked, 0.95).toFixed(1)} ms, slowest ${Math.max(...marked).toFixed(1)} ms; key press to the next frame: median ${median(frames).toFixed(1)} ms`,
      );
      // Other work on the machine shows in the slow tail: say how busy it was.
      console.log(`  ${machineLoad()}`);
    } finally {
      await browser.close();
      await server.close();
    }
  },
};

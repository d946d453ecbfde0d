/**
 * The prompt checker's personal-data detection on the labelled corpus in
 * tests/fixtures/prompts (recall and precision per type, false positives on clean prompts,
 * each miss and false positive), first on the development corpus, then on the held-out
 * corpus, written separately and never read by the detectors' authors (its figures show how
 * the checker generalises; its first run's kinds of misses, described in words, guided one
 * round of general fixes — a fresh held-out set is the next honest measure), then its speed: the median time to check a
 * 2,000-character prompt in each language.
 */
import path from 'node:path';
import { LANGUAGES, type Language } from '../core/i18n';
import { checkPrompt } from '../core/prompt-check/index';
import type { Finding, PersonalDataFinding } from '../core/prompt-check/types';
import { loadCorpus, loadFresh, loadHoldout, type LabelledPrompt } from '../tests/fixtures/prompts/corpus';
import { BenchError, type Benchmark } from './benchmark';
import { median, verdict } from './figures';
import { promptOfLength, scoreCorpus, scoreLines, type Detect } from './prompt-scores';

const PROMPT_CHARS = 2000;
const SPEED_TARGET_MS = 2;
const WARM_UP_RUNS = 50;
const TIMED_RUNS = 500;

const isPersonalData = (finding: Finding): finding is PersonalDataFinding => finding.kind === 'personal-data';

const detect: Detect = (text, lang) => checkPrompt(text, lang).findings.filter(isPersonalData);

/** Median milliseconds to check `text`, after unmeasured runs that let the engine compile the checker. */
function medianCheckMs(text: string, lang: Language): number {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) checkPrompt(text, lang);
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const start = performance.now();
    checkPrompt(text, lang);
    times.push(performance.now() - start);
  }
  return median(times);
}

function speedLine(corpus: readonly LabelledPrompt[]): string {
  const medians = LANGUAGES.map((lang) => ({ lang, ms: medianCheckMs(promptOfLength(corpus, lang, PROMPT_CHARS), lang) }));
  const worst = Math.max(...medians.map((m) => m.ms));
  return (
    `speed: median time to check a ${PROMPT_CHARS.toLocaleString('en')}-character prompt: ` +
    `${medians.map(({ lang, ms }) => `${lang} ${ms.toFixed(3)} ms`).join(', ')} ` +
    `(${TIMED_RUNS} timed runs each after ${WARM_UP_RUNS} warm-up runs) — target < ${SPEED_TARGET_MS} ms: ${verdict(worst < SPEED_TARGET_MS)}`
  );
}

function corpusAt(root: string, load: (dir: string) => LabelledPrompt[], what: string): LabelledPrompt[] {
  try {
    return load(path.join(root, 'tests', 'fixtures', 'prompts'));
  } catch (error) {
    throw new BenchError(`The ${what} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const DEVELOPMENT_HEADING = 'development corpus';
const HOLDOUT_HEADING = 'held-out corpus (written apart from the detectors, never read by their authors; the kinds of misses of its first run guided one round of general fixes)';
const FRESH_HEADING = 'fresh corpus (written blind after those fixes; the honest measure of how the checker generalises)';

export const promptCheck: Benchmark = {
  name: 'prompt-check',
  needsBuilds: false,
  run: async ({ root }) => {
    const corpus = corpusAt(root, loadCorpus, 'labelled prompt corpus');
    const holdout = corpusAt(root, loadHoldout, 'held-out prompt corpus');
    console.log(`${DEVELOPMENT_HEADING}:`);
    for (const line of scoreLines(scoreCorpus(corpus, detect))) console.log(`  ${line}`);
    console.log(`${HOLDOUT_HEADING}:`);
    for (const line of scoreLines(scoreCorpus(holdout, detect))) console.log(`  ${line}`);
    const fresh = corpusAt(root, loadFresh, 'fresh prompt corpus');
    console.log(`${FRESH_HEADING}:`);
    for (const line of scoreLines(scoreCorpus(fresh, detect))) console.log(`  ${line}`);
    console.log(speedLine(corpus));
  },
};

/**
 * Runs in Chromium. The output to review (a 600-word output, written by bench/output-review.ts
 * as module.json) is read as the app reads a module, then shown by the block's own view in the
 * app's block host, on a fresh database of the app, as a learner meets it. For each key press
 * the page notes the input event's time, then the moment the mark is on the page (the sentence
 * marked, style and layout done) and the next animation frame.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { parseModuleSource } from '../../core/content/parse';
import { BlockHost } from '../../renderer/src/blocks/BlockHost';
import { addBlockStrings } from '../../renderer/src/blocks/registry';
import { ServicesProvider } from '../../renderer/src/context';
import { CareLitDatabase } from '../../renderer/src/db/database';
import { initI18n } from '../../renderer/src/i18n';
import { webPlatform } from '../../renderer/src/platform/web';
import { playerStore } from '../../renderer/src/screens/player-store';
import type { MarkTiming, PageSetup } from './result';

let listbox: HTMLElement | null = null;
/** The key press being measured: when it came, and who to tell once the mark is on screen. */
let measure: { start: number | null; done(timing: MarkTiming): void } | null = null;
let result: Promise<MarkTiming> | null = null;

async function setup(): Promise<PageSetup> {
  const parsed = parseModuleSource(await (await fetch('module.json')).text(), 'module.json');
  if (!parsed.ok) throw new Error(parsed.faults.map((f) => `${f.field}: ${f.message}`).join('\n'));
  const mod = parsed.module;
  const block = mod.lessons[0]!.blocks[0]!;
  const db = new CareLitDatabase(`bench-${Date.now()}`);
  await db.open();
  const i18n = await initI18n('en');
  addBlockStrings(i18n);
  const root = document.getElementById('root')!;
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{ db, platform: webPlatform() }}>
        <BlockHost block={block} module={mod} store={playerStore(db, { id: 'bench', accountName: 'bench-account' }, mod)} submit={async () => undefined} />
      </ServicesProvider>
    </I18nextProvider>,
  );
  while (!(listbox = root.querySelector('[role="listbox"]'))) await new Promise((r) => setTimeout(r, 20));
  // The key's own time, in the page's clock: when the browser received it.
  window.addEventListener('keydown', (event) => measure && measure.start === null && (measure.start = event.timeStamp), { capture: true });
  new MutationObserver((records) => {
    const current = measure;
    if (current?.start == null || !records.some((r) => r.attributeName === 'aria-selected')) return;
    measure = null;
    // Style and layout now, as the frame would: the mark is on the page.
    listbox!.getBoundingClientRect();
    const marked = performance.now();
    const start = current.start;
    requestAnimationFrame(() => current.done({ toMarkedMs: marked - start, toFrameMs: performance.now() - start }));
  }).observe(listbox, { attributes: true, subtree: true, attributeFilter: ['aria-selected'] });
  const options = listbox.querySelectorAll('[role="option"]');
  const words = [...options].reduce((sum, o) => sum + (o.textContent ?? '').split(/\s+/).filter(Boolean).length, 0);
  return { segments: options.length, words };
}

/** Puts the focus on a sentence, as the arrow keys would, outside the measure. */
function focusSentence(index: number): void {
  listbox!.querySelector<HTMLElement>(`[data-index="${index}"]`)!.focus();
}

/** Measures the next key press. */
function arm(): void {
  result = new Promise((done) => (measure = { start: null, done }));
}

/** The timing of the key press measured last, once its mark is on screen. */
function collect(): Promise<MarkTiming> | null {
  return result;
}

Object.assign(window, { benchSetup: setup, benchFocus: focusSentence, benchArm: arm, benchCollect: collect });
document.title = 'ready';

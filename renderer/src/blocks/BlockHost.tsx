import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionOf, scoreAnswer, type Answer, type Block, type BlockType, type ScoredBlock } from '../../../core/blocks';
import type { Score } from '../../../core/blocks/types';
import type { LearningModule } from '../../../core/content/schema';
import { BLOCK_VIEWS } from './registry';
import type { BlockViewProps, StateStatus, ViewAttempt } from './types';

/** One saved answer, as a host keeps it. */
export interface TryRow {
  id: string;
  answeredAt: string;
  answer: unknown;
  score: Score;
}

/**
 * Where a host keeps a block's answers and work in progress: the learner's database in the
 * player, the page's memory in the authors' preview. Nothing else differs between the two,
 * but what answering does (the host's `submit`).
 */
export interface HostStore {
  persisted: boolean;
  /** Whose view this is, for the order of options: the learner's pseudonymous account, or a fixed value in the preview. */
  seed: string;
  /** A hook: every answer given to the block, oldest first; undefined while they are read. */
  useTries(block: Block): TryRow[] | undefined;
  /** The saved state as stored, or undefined; the host checks it against the type's schema. */
  loadState(block: Block): Promise<unknown>;
  saveState(block: Block, state: unknown): Promise<void>;
}

/** Long enough not to write on every keystroke, short enough that little is lost on a crash. */
const STATE_SAVE_DELAY_MS = 400;

/**
 * The one place a block view gets what it shows and keeps what the learner does: her answers
 * (scored by core, with the verdict part by part) and her work in progress, saved as she goes,
 * when the page is hidden, and when she leaves the block.
 */
export function BlockHost({
  block,
  module,
  store,
  submit: submitAnswer,
}: {
  block: Block;
  module: LearningModule;
  store: HostStore;
  /** Scores and keeps an answer (the player: with its progress and statements, in one transaction). */
  submit(block: ScoredBlock, answer: Answer): Promise<void>;
}) {
  const { t } = useTranslation();
  const rows = store.useTries(block);
  const state = useBlockState(block, module, store);
  const tries = useMemo(() => (rows ?? []).map((row) => viewAttempt(block, module, row)), [block, module, rows]);
  const submit = useCallback((answer: Answer) => submitAnswer(block as ScoredBlock, answer), [block, submitAnswer]);
  const answer = definitionOf(block).answer;
  // A block that is only read shows at once; one that is answered waits for its answers, so "Try 1" never flashes before "Try 3".
  if ((answer && rows === undefined) || !state.loaded) return <p role="status">{t('app.loading')}</p>;

  const attempt = answer ? (answer.counts === 'first' ? tries[0] : tries[tries.length - 1]) : undefined;
  const View = BLOCK_VIEWS[block.type].component as ComponentType<BlockViewProps<BlockType>>;
  return (
    <View
      block={block}
      module={module}
      attempt={attempt}
      tries={tries}
      state={state.value as never}
      saveState={state.save}
      stateStatus={state.status}
      submit={submit}
      persisted={store.persisted}
      seed={`${store.seed}/${module.id}/${block.id}`}
    />
  );
}

function viewAttempt(block: Block, module: LearningModule, row: TryRow): ViewAttempt<BlockType> {
  // Scored again to show its parts; an answer that no longer fits its block keeps its score alone.
  const outcome = definitionOf(block).answer ? scoreAnswer(block as ScoredBlock, row.answer, module) : null;
  return { id: row.id, answeredAt: row.answeredAt, answer: row.answer as never, score: row.score, outcome: outcome as never };
}

function useBlockState(block: Block, module: LearningModule, store: HostStore) {
  const facet = definitionOf(block).state;
  const [value, setValue] = useState<unknown>(undefined);
  const [loaded, setLoaded] = useState(facet === null);
  const [status, setStatus] = useState<StateStatus>('idle');
  const pending = useRef<{ state: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // After the block is left, the last save still runs, with no status left to show.
  const shown = useRef(true);
  const show = useCallback((next: StateStatus) => shown.current && setStatus(next), []);

  useEffect(() => {
    if (!facet) return;
    let live = true;
    const settle = (saved: unknown) => {
      if (!live) return;
      // What no longer fits the type's schema (a module changed, a damaged row) starts afresh.
      const parsed = facet.schema.safeParse(saved);
      setValue(parsed.success && saved !== undefined ? parsed.data : facet.initial(block, module, new Date()));
      setLoaded(true);
    };
    store.loadState(block).then(settle, () => settle(undefined));
    return () => {
      live = false;
    };
  }, [block, module, store, facet]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    show('saving');
    try {
      await store.saveState(block, next.state);
      if (!pending.current) show('saved');
    } catch (error) {
      // Kept for the next try (the next change, or leaving the block), unless newer work came.
      pending.current ??= next;
      show('failed');
      throw error;
    }
  }, [block, store, show]);

  const save = useCallback(
    async (next: unknown, options: { now?: boolean } = {}) => {
      setValue(next);
      pending.current = { state: next };
      // In memory (the authors' preview) there is nothing to wait for: kept at once.
      if (options.now || !store.persisted) return flush();
      setStatus('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), STATE_SAVE_DELAY_MS);
    },
    [flush, store],
  );

  // A reload, a closed window or a crash loses nothing typed before the page was hidden; leaving the block saves too.
  useEffect(() => {
    const hidden = () => void flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && hidden();
    window.addEventListener('pagehide', hidden);
    document.addEventListener('visibilitychange', onVisibility);
    shown.current = true;
    return () => {
      window.removeEventListener('pagehide', hidden);
      document.removeEventListener('visibilitychange', onVisibility);
      shown.current = false;
      hidden();
    };
  }, [flush]);

  return { value, loaded, status, save };
}

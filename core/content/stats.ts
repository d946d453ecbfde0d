import { LANGUAGES, type Language } from '../i18n';
import { BLOCK_TYPES, definitionOf, type BlockType } from '../blocks';
import { READING_WPM, wordsRead } from './reading';
import type { PathLength } from '../blocks/types';
import type { Block, LearningModule, Localized } from './schema';

export { countWords, READING_WPM } from './reading';

/** What an author wants to know about a module's size and length. */
export interface ModuleStats {
  id: string;
  version: number;
  blocksByType: Record<BlockType, number>;
  words: Record<Language, number>;
  /** Minutes to read and do everything; a branching block counts its longest path. */
  estimatedMinutes: number;
  declaredMinutes: number;
  /** The branching blocks' shortest and longest paths; empty when the module has none. */
  paths: BlockPaths[];
  /** The module's minutes when every branching block takes its shortest path; absent without one. */
  shortestMinutes?: number;
}

export interface BlockPaths {
  blockId: string;
  shortest: PathLength;
  longest: PathLength;
}

export function moduleStats(mod: LearningModule): ModuleStats {
  const blocks = mod.lessons.flatMap((l) => l.blocks);
  const blocksByType = Object.fromEntries(BLOCK_TYPES.map((t) => [t, blocks.filter((b) => b.type === t).length])) as Record<BlockType, number>;
  const wordsOf = (texts: Localized[]) => Object.fromEntries(LANGUAGES.map((lang) => [lang, texts.reduce((sum, t) => sum + wordsRead(t[lang]), 0)])) as Record<Language, number>;
  const textsOf = (list: readonly Block[]) => list.flatMap((b) => definitionOf(b).content.texts(b, mod));
  const words = wordsOf([...mod.lessons.map((l) => l.title), ...textsOf(blocks)]);

  // A branching block is timed along its paths; every other block by all its words and its work.
  const paths: BlockPaths[] = blocks.flatMap((b) => {
    const measured = definitionOf(b).content.paths?.(b);
    return measured ? [{ blockId: b.id, ...measured }] : [];
  });
  const branching = new Set(paths.map((p) => p.blockId));
  const linear = blocks.filter((b) => !branching.has(b.id));
  const linearWords = wordsOf([...mod.lessons.map((l) => l.title), ...textsOf(linear)]);
  // The longest language sets the pace: every learner must fit in the announced time.
  const reading = Math.max(...LANGUAGES.map((l) => linearWords[l])) / READING_WPM;
  const interaction = linear.reduce((sum, b) => sum + definitionOf(b).content.minutes(b), 0);
  const along = (which: 'shortest' | 'longest') => paths.reduce((sum, p) => sum + p[which].minutes, 0);
  return {
    id: mod.id,
    version: mod.version,
    blocksByType,
    words,
    estimatedMinutes: Math.ceil(reading + interaction + along('longest')),
    declaredMinutes: mod.estimatedMinutes,
    paths,
    ...(paths.length ? { shortestMinutes: Math.ceil(reading + interaction + along('shortest')) } : {}),
  };
}

/** The declared estimate is fine within 20 % (at least 2 minutes) of the computed one. */
export function estimateVerdict(s: ModuleStats): 'ok' | 'over' | 'under' {
  const slack = Math.max(2, s.declaredMinutes * 0.2);
  if (s.estimatedMinutes > s.declaredMinutes + slack) return 'over';
  if (s.estimatedMinutes < s.declaredMinutes - slack) return 'under';
  return 'ok';
}

export function formatStats(s: ModuleStats): string[] {
  const total = Object.values(s.blocksByType).reduce((a, b) => a + b, 0);
  const byType = BLOCK_TYPES.filter((t) => s.blocksByType[t] > 0).map((t) => `${t} ${s.blocksByType[t]}`);
  const verdict = {
    ok: 'matches the declared estimate',
    over: `${s.estimatedMinutes - s.declaredMinutes} min more than declared: raise estimatedMinutes or shorten`,
    under: `${s.declaredMinutes - s.estimatedMinutes} min less than declared: lower estimatedMinutes or add practice`,
  }[estimateVerdict(s)];
  return [
    `${s.id} (version ${s.version})`,
    `  blocks: ${byType.join(', ')} (${total} in all)`,
    `  words: ${LANGUAGES.map((l) => `${l} ${s.words[l]}`).join(', ')}`,
    `  time: about ${s.estimatedMinutes} min computed, ${s.declaredMinutes} min declared: ${verdict}`,
    ...(s.shortestMinutes === undefined
      ? []
      : [
          `  paths: about ${s.shortestMinutes} min when every branching block takes its shortest path (the computed time counts the longest)`,
          ...s.paths.map(
            (p) =>
              `    ${p.blockId}: shortest ${decisions(p.shortest.decisions)}, ${minutes(p.shortest.minutes)}; longest ${decisions(p.longest.decisions)}, ${minutes(p.longest.minutes)}`,
          ),
        ]),
  ];
}

const decisions = (n: number) => `${n} ${n === 1 ? 'decision' : 'decisions'}`;
const minutes = (m: number) => `${m.toFixed(1)} min`;

/** What `content stats --format json` prints for a module: one object, stable keys. */
export function statsJson(s: ModuleStats) {
  return {
    id: s.id,
    version: s.version,
    blocks: Object.fromEntries(BLOCK_TYPES.filter((t) => s.blocksByType[t] > 0).map((t) => [t, s.blocksByType[t]])),
    words: s.words,
    minutes: { computed: s.estimatedMinutes, declared: s.declaredMinutes, ...(s.shortestMinutes === undefined ? {} : { shortest: s.shortestMinutes }) },
    ...(s.paths.length ? { paths: Object.fromEntries(s.paths.map((p) => [p.blockId, { shortest: rounded(p.shortest), longest: rounded(p.longest) }])) } : {}),
  };
}

const rounded = (p: PathLength): PathLength => ({ decisions: p.decisions, minutes: Math.round(p.minutes * 10) / 10 });

import { LANGUAGES, type Language } from '../i18n';
import { markdownToPlainText } from '../markdown/parse';
import { BLOCK_TYPES, definitionOf, type BlockType } from '../blocks';
import type { LearningModule, Localized } from './schema';

/** What an author wants to know about a module's size and length. */
export interface ModuleStats {
  id: string;
  version: number;
  blocksByType: Record<BlockType, number>;
  words: Record<Language, number>;
  estimatedMinutes: number;
  declaredMinutes: number;
}

/**
 * Reading speed for instructional text read with attention, in words per minute: below
 * silent reading of non-fiction (about 240 wpm), because learners stop to think and check.
 */
export const READING_WPM = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function moduleStats(mod: LearningModule): ModuleStats {
  const blocks = mod.lessons.flatMap((l) => l.blocks);
  const blocksByType = Object.fromEntries(BLOCK_TYPES.map((t) => [t, blocks.filter((b) => b.type === t).length])) as Record<BlockType, number>;
  const texts: Localized[] = [...mod.lessons.map((l) => l.title), ...blocks.flatMap((b) => definitionOf(b).content.texts(b, mod))];
  const words = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, texts.reduce((sum, t) => sum + countWords(markdownToPlainText(t[lang])), 0)]),
  ) as Record<Language, number>;
  // The longest language sets the pace: every learner must fit in the announced time.
  const reading = Math.max(...LANGUAGES.map((l) => words[l])) / READING_WPM;
  const interaction = blocks.reduce((sum, b) => sum + definitionOf(b).content.minutes(b), 0);
  return {
    id: mod.id,
    version: mod.version,
    blocksByType,
    words,
    estimatedMinutes: Math.ceil(reading + interaction),
    declaredMinutes: mod.estimatedMinutes,
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
  ];
}

/** What `content stats --format json` prints for a module: one object, stable keys. */
export function statsJson(s: ModuleStats) {
  return {
    id: s.id,
    version: s.version,
    blocks: Object.fromEntries(BLOCK_TYPES.filter((t) => s.blocksByType[t] > 0).map((t) => [t, s.blocksByType[t]])),
    words: s.words,
    minutes: { computed: s.estimatedMinutes, declared: s.declaredMinutes },
  };
}

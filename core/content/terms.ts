import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n';
import type { ContentFault } from './faults';
import { nonEmpty } from './fields';

/**
 * One term per concept per language (modules/terms.yaml): a forbidden variant is a fault in the
 * modules and in the UI strings alike, so a learner never meets two words for one thing.
 */
const entrySchema = z
  .object({
    preferred: nonEmpty,
    forbidden: z.array(nonEmpty).min(1, 'list at least one forbidden variant'),
    note: nonEmpty,
  })
  .strict();

export const termListSchema = z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, z.array(entrySchema)])) as Record<Language, z.ZodArray<typeof entrySchema>>).strict();
export type TermList = z.infer<typeof termListSchema>;

export const TERMS_FILE = 'terms.yaml';

interface Variant {
  pattern: RegExp;
  preferred: string;
  note: string;
}

/** Whole words or phrases, whatever the case: "balise" is not found in "balisage". */
function variantPattern(variant: string): RegExp {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

export type TermChecker = (text: string, lang: Language) => { found: string; preferred: string; note: string }[];

export function termChecker(list: TermList): TermChecker {
  const variants = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, list[lang].flatMap((e) => e.forbidden.map((f): Variant => ({ pattern: variantPattern(f), preferred: e.preferred, note: e.note })))]),
  ) as Record<Language, Variant[]>;
  return (text, lang) =>
    variants[lang].flatMap((v) => {
      const match = v.pattern.exec(text);
      return match ? [{ found: match[0], preferred: v.preferred, note: v.note }] : [];
    });
}

/** Reads the term list itself, as untrusted as any content file. */
export function parseTermList(text: string, file: string): { ok: true; list: TermList } | { ok: false; faults: ContentFault[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, faults: [{ file, line: 1, field: '', message: `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}` }] };
  const parsed = termListSchema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, list: parsed.data };
  return { ok: false, faults: parsed.error.issues.map((i) => ({ file, line: 1, field: i.path.map(String).join('.'), message: i.message })) };
}

/** A text of `file` in one language, with where it is: its line and its path in the file. */
export interface PlacedText {
  lang: Language;
  text: string;
  line: number;
  path: string;
}

/**
 * Every text of a YAML or JSON file in a given language, with its line and path: in a module, the
 * strings under a `fr`, `nl` or `en` key (a text, or a list of segments); in a UI strings file,
 * every string of the file, in the file's language.
 */
function textsOf(text: string, fileLanguage: Language | null): PlacedText[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const found: PlacedText[] = [];
  const walk = (node: unknown, lang: Language | null, path: string[]) => {
    if (isScalar(node)) {
      if (lang && typeof node.value === 'string') found.push({ lang, text: node.value, line: lineCounter.linePos(node.range?.[0] ?? 0).line, path: path.join('.') });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        walk(pair.value, (LANGUAGES as readonly string[]).includes(key) ? (key as Language) : lang, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode, lang, [...path, String(i)]));
    }
  };
  walk(doc.contents, fileLanguage, []);
  return found;
}

/** The terms these texts use that their language's list forbids, as faults an author (or a developer) reads. */
export function placedTermFaults(check: TermChecker, file: string, texts: readonly PlacedText[]): ContentFault[] {
  return texts.flatMap(({ lang, text, line, path }) =>
    check(text, lang).map(({ found, preferred, note }) => ({ file, line, field: path, message: `"${found}": write "${preferred}" (${note})` })),
  );
}

/** The terms a YAML or JSON file uses that its language's list forbids. */
export function termFaults(check: TermChecker, file: string, text: string, fileLanguage: Language | null = null): ContentFault[] {
  return placedTermFaults(check, file, textsOf(text, fileLanguage));
}

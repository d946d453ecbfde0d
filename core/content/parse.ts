import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { ContentFault } from './faults';
import { definitionOf } from '../blocks';
import { moduleSchema, type LearningModule } from './schema';

export type ParseResult = { ok: true; module: LearningModule } | { ok: false; faults: ContentFault[] };

type Path = readonly PropertyKey[];

/**
 * Reads one module file (YAML) and validates it against the schema. Faults carry the line of
 * the offending node, or of its nearest existing parent when the field is missing.
 */
export function parseModuleSource(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      faults: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        field: '',
        message: `not valid YAML: ${firstLine(e.message)}`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  const lineOf = (path: Path) => lineCounter.linePos(nearestOffset(doc.contents, path)).line;

  const parsed = moduleSchema.safeParse(data);
  const faults: ContentFault[] = parsed.success ? [] : parsed.error.issues.map((i) => toFault(i, data, file, lineOf));
  const mod = parsed.data as LearningModule | undefined;
  if (mod) faults.push(...duplicateIdFaults(mod, file, lineOf));
  return faults.length === 0 && mod ? { ok: true, module: mod } : { ok: false, faults };
}

function toFault(issue: z.core.$ZodIssue, data: unknown, file: string, lineOf: (p: Path) => number): ContentFault {
  // An absent field is named as such; messages that already say what is missing stay.
  const missing = issue.code === 'invalid_type' && !issue.message.startsWith('missing') && valueAt(data, issue.path) === undefined;
  return {
    file,
    line: lineOf(issue.path),
    field: issue.path.map(String).join('.'),
    message: missing ? missingMessage(issue) : issue.message,
  };
}

/** "missing required field: a date (YYYY-MM-DD)" from our schema's wording, or zod's expected type. */
function missingMessage(issue: z.core.$ZodIssueInvalidType): string {
  const ours = /^expected (.*)$/.exec(issue.message);
  return `missing required field: ${ours ? ours[1] : issue.expected}`;
}

/** Ids must be unique within a module: lessons and blocks share one space (they key progress). */
function duplicateIdFaults(mod: LearningModule, file: string, lineOf: (p: Path) => number): ContentFault[] {
  const faults: ContentFault[] = [];
  const check = (seen: Map<string, string>, id: string, path: Path) => {
    const field = path.map(String).join('.');
    const first = seen.get(id);
    if (first) faults.push({ file, line: lineOf(path), field, message: `duplicate id "${id}" (first used at ${first})` });
    else seen.set(id, field);
  };
  const structural = new Map<string, string>();
  mod.lessons.forEach((lesson, li) => {
    check(structural, lesson.id, ['lessons', li, 'id']);
    lesson.blocks.forEach((block, bi) => {
      check(structural, block.id, ['lessons', li, 'blocks', bi, 'id']);
      // Within a block, each of its lists (options, groups, items…) has ids of its own.
      for (const list of definitionOf(block).content.ids(block)) {
        const seen = new Map<string, string>();
        for (const entry of list.entries) check(seen, entry.id, ['lessons', li, 'blocks', bi, ...entry.path]);
      }
    });
  });
  const objectives = new Map<string, string>();
  mod.objectives.forEach((o, i) => check(objectives, o.id, ['objectives', i, 'id']));
  const sources = new Map<string, string>();
  mod.sources.forEach((s, i) => check(sources, s.id, ['sources', i, 'id']));
  const terms = new Map<string, string>();
  mod.glossary.forEach((t, i) => check(terms, t.id, ['glossary', i, 'id']));
  return faults;
}

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Offset of the deepest node that exists along `path` (the key itself when the value is absent). */
function nearestOffset(root: unknown, path: Path): number {
  let node = root as YamlNode | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      offset = (pair.value as YamlNode | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      if (isScalar(keyNode) && keyNode.range) offset = keyNode.range[0];
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as YamlNode | undefined;
      if (!node) break;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

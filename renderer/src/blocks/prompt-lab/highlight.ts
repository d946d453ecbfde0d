import type { Finding, PersonalDataFinding } from '../../../../core/prompt-check/types';

/** A stretch of the prompt for the highlight layer: plain text, or one personal-data finding. */
export interface Segment {
  text: string;
  finding?: PersonalDataFinding;
}

/**
 * The text cut at its findings, each character exactly once, so the layer behind the field
 * wraps the same way as the field. A finding that overlaps an earlier one or falls outside
 * the text is left out rather than drawn twice or at the wrong place.
 */
export function segmentsOf(text: string, findings: readonly PersonalDataFinding[]): Segment[] {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const finding of ordered) {
    if (finding.start < at || finding.end > text.length || finding.end <= finding.start) continue;
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * The findings of an earlier check carried over to the text as it is now, so highlights do
 * not flicker while the next check waits for a pause in typing: a span before or after the
 * edited stretch keeps its place (shifted by what was inserted or deleted), a span the edit
 * touched is dropped until the next check. Missing elements do not depend on positions.
 */
export function rebaseFindings(before: string, after: string, findings: readonly Finding[]): Finding[] {
  if (before === after) return [...findings];
  const edit = editedRange(before, after);
  const shift = after.length - before.length;
  return findings.flatMap((finding): Finding[] => {
    if (finding.kind !== 'personal-data' || finding.end <= edit.start) return [finding];
    if (finding.start >= edit.endBefore) return [{ ...finding, start: finding.start + shift, end: finding.end + shift }];
    return [];
  });
}

/** Where two texts differ: the stretch between their common beginning and their common end. */
function editedRange(before: string, after: string): { start: number; endBefore: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < shorter - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, endBefore: before.length - tail };
}

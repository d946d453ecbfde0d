import { useCallback, useEffect, useMemo, useState } from 'react';
import { checkCriteria, type Criterion } from '../../../../core/blocks/prompt-lab/criteria';
import type { Language } from '../../../../core/i18n';
import { checkPrompt, isPersonalData } from '../../../../core/prompt-check';
import type { Finding, PromptCheck } from '../../../../core/prompt-check/types';
import { rebaseFindings } from './highlight';

/** A pause in typing this long runs the checker; it takes a millisecond or two, but typing comes first. */
export const CHECK_DELAY_MS = 250;

interface Checked {
  text: string;
  lang: Language;
  result: PromptCheck;
  /** How many of the task's criteria the text meets. */
  criteriaMet: number;
}

export interface FindingCounts {
  personalData: number;
  missing: number;
  criteriaMet: number;
  criteria: number;
}

export interface PromptCheckState {
  /** The latest findings, placed on the text as it is now. */
  findings: Finding[];
  /** What the latest check counted; changes only when a check runs, never on a keystroke. Null for an empty prompt. */
  counts: FindingCounts | null;
  /** Checks a text at once (after a replacement or an undo) and returns the result. */
  checkNow(text: string): PromptCheck;
}

const NOTHING: PromptCheck = { findings: [], score: 0 };

function check(text: string, lang: Language, criteria: readonly Criterion[]): Checked {
  if (text.trim() === '') return { text, lang, result: NOTHING, criteriaMet: 0 };
  return { text, lang, result: checkPrompt(text, lang), criteriaMet: checkCriteria(criteria, text, lang).filter((c) => c.met).length };
}

/** Runs the checker on the prompt, and the task's criteria, once typing pauses: entirely on this computer. */
export function usePromptCheck(text: string, lang: Language, criteria: readonly Criterion[]): PromptCheckState {
  const [checked, setChecked] = useState<Checked | null>(null);
  // The latest findings and the text they are placed on, carried along edit by edit: one
  // keystroke is one contiguous change, so each carry-over is exact.
  const [placed, setPlaced] = useState<{ text: string; findings: Finding[] }>({ text, findings: [] });
  const findings = placed.text === text ? placed.findings : rebaseFindings(placed.text, text, placed.findings);
  if (placed.text !== text) setPlaced({ text, findings });
  const upToDate = checked !== null && checked.text === text && checked.lang === lang;

  const record = useCallback((next: Checked) => {
    setChecked(next);
    setPlaced({ text: next.text, findings: next.result.findings });
  }, []);

  useEffect(() => {
    if (upToDate) return;
    const timer = setTimeout(() => record(check(text, lang, criteria)), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, lang, criteria, upToDate, record]);

  const checkNow = useCallback(
    (now: string) => {
      const next = check(now, lang, criteria);
      record(next);
      return next.result;
    },
    [lang, criteria, record],
  );

  const counts = useMemo(() => {
    if (!checked || checked.text.trim() === '') return null;
    const found = checked.result.findings.filter(isPersonalData).length;
    return { personalData: found, missing: checked.result.findings.length - found, criteriaMet: checked.criteriaMet, criteria: criteria.length };
  }, [checked, criteria]);
  return { findings, counts, checkNow };
}

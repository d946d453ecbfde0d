import { eachMatch, type Span } from './span';

/**
 * A patient record number: a code right after a record cue, maybe with "n°", "nr.", "no." or
 * "number" between them. The span is the code itself ("MRN 4471283" → "4471283", "case no.
 * ADM-25-007731" → "ADM-25-007731"). Everyday words ("case", "unit", "chart", "admission") are
 * cues only with a number word after them. A NISS cue is not a record cue: a national number is
 * flagged by its check digits or not at all.
 */
const CUES = [
  'n[°º] (?:de |d[\'’])?(?:dossier|patient|s[ée]jour|admission|hospitalisation)',
  'num[ée]ro (?:de |d[\'’])?(?:dossier|patient|hospitalisation|s[ée]jour|admission)',
  'dossier(?: (?:m[ée]dical|patient|infirmier|kin[ée]|medisch|verpleegkundig|[ée]lectronique|elektronisch|social|sociaal))?',
  'pati[ëe]nt(?:en)?nummer', 'pati[ëe]nt(?:en)?-?nr', 'pat\\.? ?-?nr', 'dossiernummer', 'dossiernr', 'opnamenummer', 'opnamenr', 'epd(?:-nummer)?', 'emd',
  'ipp', 'nip',
  'pati[ëe]nt id', 'pati[ëe]nt-id', 'id (?:du )?patient', 'hospital id', 'mrn', 'medical record', 'record', 'file', 'case number', 'hospital number',
  // Words that are a record cue only with a number word after them: "case no.", "unit no.", "admission #".
  '(?:case|unit|chart|admission|visit|encounter|stay|opname|s[ée]jour|pati[ëe]nte?) (?=(?:n[°º]|nr\\.?|no\\.?|nummer|number|#))',
].map((cue) => cue.replace(/ /g, '[ \\t]{0,3}'));

/** Letters (at most three) then digits with single inner separators: `2023-08841`, `P-448812`, `4471283`. */
const CODE = String.raw`(?:[A-Z]{1,3}[-/]?)?\d(?:[-/.]?\d)*[A-Z]?`;
const RECORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.join('|')})\.?[ \t]{0,3}(?:(?:n[°º]|nr\.?|no\.?|nummer|number|#)[ \t]{0,3})?:?[ \t]{0,3}(${CODE})(?![\p{L}\p{N}])(?![-/.]\d)`,
  'giu',
);
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const YEAR = /^(?:19|20)\d\d$/;

/** At least four digits, and not a date or a bare year ("dossier 2023" is about a year, not a patient). */
function isRecordCode(code: string): boolean {
  const digits = code.replace(/\D/g, '').length;
  return digits >= 4 && !DATE_LIKE.test(code) && !YEAR.test(code);
}

export function findRecordNumbers(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(RECORD, text, (m) => {
    const code = m[1]!;
    const end = m.index + m[0].length;
    if (isRecordCode(code)) spans.push({ type: 'record-number', start: end - code.length, end });
  });
  return spans;
}

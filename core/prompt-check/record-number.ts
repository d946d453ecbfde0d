import { eachMatch, type Span } from './span';

/**
 * A patient record number: a code right after a record cue, maybe with "n°", "nr.", "no." or
 * "number" between them (also glued with a dash: "EPD-nr"). The span is the code itself ("MRN
 * 4471283" → "4471283", "case no. ADM-25-007731" → "ADM-25-007731"). Everyday words ("case",
 * "unit", "chart", "admission", "hospital") are cues only with a number word after them. A NISS
 * cue is not a record cue: a national number is flagged by its check digits or not at all.
 *
 * The cues that only ever name a record ("dossier", "dossiernummer", "EPD", "MRN", "hospital
 * no."…) may also be a few words away from the code, when those words only say whose or which
 * record it is: "mon dossier chez vous, c'est le 2024/011937", "dossiernummer bij ons is
 * 2024/020455", "my hospital no. is 0671-4420". The code must then have five digits at least,
 * so that "le dossier est à 1500 m" or a year stays what it is.
 */
const RECORD_CUES = [
  "n[°º] (?:de |d['’])?(?:dossier|patient|s[ée]jour|admission|hospitalisation)",
  "num[ée]ro (?:de |d['’])?(?:dossier|patient|hospitalisation|s[ée]jour|admission)",
  'dossier(?: (?:m[ée]dical|patient|infirmier|kin[ée]|medisch|verpleegkundig|[ée]lectronique|elektronisch|social|sociaal|hospitalier))?',
  'pati[ëe]nt(?:en)?nummer',
  'pati[ëe]nt(?:en)?-?nr',
  'pat\\.? ?-?nr',
  'dossiernummer',
  'dossiernr',
  'opnamenummer',
  'opnamenr',
  'ziekenhuisnummer',
  'ziekenhuisnr',
  'epd(?:-nummer)?',
  'emd',
  'dpi',
  'ipp',
  'nip',
  'pati[ëe]nt id',
  'pati[ëe]nt-id',
  'id (?:du )?patient',
  'hospital id',
  'mrn',
  'medical record(?: number)?',
  'record number',
  'case number',
  'hospital number',
];
/** Everyday words that are a record cue only with a number word after them: "case no.", "unit no.", "admission #", "hospital no.". */
const NUMBERED_CUES = ['case', 'unit', 'chart', 'admission', 'visit', 'encounter', 'stay', 'opname', 's[ée]jour', 'pati[ëe]nte?', 'hospital', 'h[ôo]pital', 'ziekenhuis', 'clinic'];
const spaced = (cue: string): string => cue.replace(/ /g, '[ \\t]{0,3}');

/**
 * Words that may stand between a record cue and its code without changing what the code is:
 * whose record ("chez nous", "bij ons", "at our hospital", "your"), a verb of being, an article.
 */
const FILLERS = [
  'chez',
  'nous',
  'vous',
  'bij',
  'ons',
  'jullie',
  'u',
  'with',
  'us',
  'you',
  'at',
  'here',
  'hier',
  'ici',
  'ook',
  'also',
  'aussi',
  "c['’]est",
  'est',
  'était',
  'etait',
  'is',
  'was',
  'le',
  'la',
  'het',
  'de',
  'the',
  'notre',
  'votre',
  'our',
  'your',
  'uw',
  'onze',
  'mon',
  'ma',
  'mijn',
  'my',
  'son',
  'sa',
  'zijn',
  'haar',
  'his',
  'her',
  'their',
  'leur',
  'toujours',
  'nog',
  'altijd',
  'still',
  'always',
  'bien',
  'wel',
  'indeed',
  'effectivement',
  'hospital',
  'h[ôo]pital',
  'ziekenhuis',
  'clinic',
  'clinique',
  'kliniek',
].join('|');
const FILLER_GAP = String.raw`(?:[ \t]{0,2}[,:]?[ \t]{1,3}(?:${FILLERS})(?![\p{L}])){1,6}`;

const NUMBER_WORD = String.raw`(?:n[°º]|nr\.?|no\.?|nummer|number|#)`;
/** A cue that only names a record, with its number word if any ("EPD-nr", "dossier n°", "hospital no."), then maybe fillers. */
const FAR_CUE = String.raw`(?:(?:${RECORD_CUES.map(spaced).join('|')})\.?(?:[ \t]{0,3}-?${NUMBER_WORD})?|(?:${NUMBERED_CUES.join('|')})\.?[ \t]{0,3}-?${NUMBER_WORD})(${FILLER_GAP})?`;
/** "record", "file": cues only right before their code ("file PT-44821"), never at a distance. */
const NEAR_CUE = String.raw`(?:record|file)\.?(?:[ \t]{0,3}-?${NUMBER_WORD})?`;
/** Letters (at most three) then digits with single inner separators: `2023-08841`, `P-448812`, `4471283`. */
const CODE = String.raw`(?:[A-Z]{1,3}[-/]?)?\d(?:[-/.]?\d)*[A-Z]?`;
const RECORD = new RegExp(String.raw`(?<![\p{L}])(?:${FAR_CUE}|${NEAR_CUE})[ \t]{0,3}:?[ \t]{0,3}(${CODE})(?![\p{L}\p{N}])(?![-/.]\d)`, 'giu');
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const YEAR = /^(?:19|20)\d\d$/;

/** At least four digits (five at a distance), and not a date or a bare year ("dossier 2023" is about a year, not a patient). */
function isRecordCode(code: string, atDistance: boolean): boolean {
  const digits = code.replace(/\D/g, '').length;
  return digits >= (atDistance ? 5 : 4) && !DATE_LIKE.test(code) && !YEAR.test(code);
}

export function findRecordNumbers(text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(RECORD, text, (m) => {
    const code = m[2]!;
    const end = m.index + m[0].length;
    if (isRecordCode(code, m[1] !== undefined)) spans.push({ type: 'record-number', start: end - code.length, end });
  });
  return spans;
}

import * as words from './name-words';
import type { Span } from './span';
import { isCapitalised, isGapWith, isSpaceGap, tokenize, type Token } from './tokens';

/** Read once (see names.ts). */
const { NOT_NAMES } = words;

/**
 * Postal addresses, read word by word. Three shapes cover Belgian and English writing:
 *  - a street word, then the street's name, then a house number: "rue de la Loi 16",
 *    "Boulevard du Jardin Botanique 50", "Steenweg op Gent 12"; or the number first, as English
 *    prompts write Belgian addresses: "16, rue de la Loi", "12 Avenue Louise, 1050 Ixelles";
 *  - a Dutch compound street name, then a house number: "Wetstraat 16", "Koningin Astridlaan 3";
 *    or the number first: "134 Kerkstraat, 1050 Ixelles";
 *  - English order, number first: "12 Baker Street".
 * After the number: a box ("bte 3", "bus 3", "/3") and a postcode with its town ("1050 Elsene").
 * A street with a postcode and town but no number also counts ("Rue Haute, 1000 Bruxelles").
 * The street's name must be capitalised, so "la rue est à 3 km" or "place 2 fois" never match.
 */
const STREET_FIRST = new Set([
  'rue',
  'ruelle',
  'avenue',
  'av',
  'boulevard',
  'bd',
  'bld',
  'chaussee',
  'chee',
  'place',
  'pl',
  'square',
  'sq',
  'allee',
  'impasse',
  'quai',
  'chemin',
  'clos',
  'dreve',
  'galerie',
  'passage',
  'parvis',
  'sentier',
  'cite',
  'rond-point',
  'route',
  'voie',
  'venelle',
  'steenweg',
  'laan',
  'plein',
  'dreef',
  'kaai',
]);
const STREET_LAST = new Set([
  'street',
  'st',
  'road',
  'rd',
  'lane',
  'ln',
  'avenue',
  'ave',
  'drive',
  'way',
  'close',
  'court',
  'crescent',
  'place',
  'square',
  'boulevard',
  'terrace',
  'gardens',
  'grove',
  'row',
  'walk',
]);
/**
 * Dutch compounds end with a street word: "Wetstraat", "Louizalaan", "Brusselsesteenweg", with
 * at least two letters before it ("weg 3" or "hof 2" alone are not streets). The look-behind
 * checks the ending once the word is read, instead of trying each ending at each letter.
 */
const DUTCH_STREET = /^[\p{L}'’-]+(?<=[\p{L}'’-]{2}(?:straat|laan|steenweg|plein|lei|dreef|weg|kaai|singel|gracht|markt|hof|dijk|vest|baan|plaats|park))$/u;
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'aux', 'au', 'sur', 'sous', 'van', 'op', 'der', 'den', 'ten', 'ter', 'het', "'t", 'et', 'a', 'of', 'the']);
/** "d'Ixelles", "l'Église": an elided article glued to a capitalised name. */
const ELIDED = /^[dl]['’]\p{Lu}/u;
const HOUSE_NUMBER = /^\d{1,4}[a-zA-Z]?(?:-\d{1,4})?$/;
const POSTCODE = /^[1-9]\d{3}$/;
const BOX = new Set(['bte', 'boite', 'bt', 'bus', 'box', 'b']);
const BOX_NUMBER = /^[\p{L}\p{N}]{1,4}$/u;
/** A number followed by one of these is a quantity, not a house number: "Place Flagey 7 h", "avenue X 3 fois". */
const UNITS = new Set([
  'mg',
  'g',
  'ml',
  'l',
  'ui',
  'iu',
  'ans',
  'an',
  'jaar',
  'years',
  'year',
  'h',
  'u',
  'uur',
  'heures',
  'heure',
  'min',
  'km',
  'm',
  'kg',
  'cm',
  'mm',
  'x',
  'fois',
  'keer',
  'times',
  'jours',
  'jour',
  'dagen',
  'days',
  'semaines',
  'weken',
  'weeks',
  'mois',
  'maanden',
  'months',
  'minutes',
  'minuten',
]);

function isStreetNameWord(token: Token): boolean {
  return isCapitalised(token.text) || ELIDED.test(token.text);
}

/** The index of the last word of the street's name that starts at `k`, or -1. */
function streetNameEnd(text: string, tokens: readonly Token[], k: number): number {
  let last = -1;
  for (let j = k; j < tokens.length && j - k < 6; j++) {
    const token = tokens[j]!;
    if (j > k && !isSpaceGap(text, tokens[j - 1]!.end, token.start)) break;
    if (isStreetNameWord(token) && !CONNECTORS.has(token.folded)) last = j;
    else if (!CONNECTORS.has(token.folded)) break;
  }
  return last;
}

/** A house number after token `k`, if it is one (not "3 fois", not "45 %"). */
function houseNumberAfter(text: string, tokens: readonly Token[], k: number): number {
  const number = tokens[k + 1];
  if (number === undefined || !HOUSE_NUMBER.test(number.text) || !isGapWith(text, tokens[k]!.end, number.start, ',')) return -1;
  const unit = tokens[k + 2];
  if (unit !== undefined && isSpaceGap(text, number.end, unit.start, 0) && UNITS.has(unit.folded)) return -1;
  // "Rue Haute, 1000 Bruxelles": four digits and a town are a postcode, read by withBoxAndTown.
  if (unit !== undefined && POSTCODE.test(number.text) && isCapitalised(unit.text) && isSpaceGap(text, number.end, unit.start)) return -1;
  if (/^[ \t]*%/.test(text.slice(number.end, number.end + 3))) return -1;
  return k + 1;
}

/** Extends an address ending at token `k` over a box and a postcode with its town; returns the last token's index. */
function withBoxAndTown(text: string, tokens: readonly Token[], k: number): number {
  let last = k;
  const box = tokens[last + 1];
  const boxNumber = tokens[last + 2];
  if (box !== undefined && BOX.has(box.folded) && isGapWith(text, tokens[last]!.end, box.start, ',')) {
    if (boxNumber !== undefined && BOX_NUMBER.test(boxNumber.text) && isGapWith(text, box.end, boxNumber.start, '.:')) last += 2;
  } else if (box !== undefined && /^\d{1,4}$/.test(box.text) && text.slice(tokens[last]!.end, box.start) === '/') {
    last += 1;
  }
  const postcode = tokens[last + 1];
  const town = tokens[last + 2];
  if (postcode !== undefined && town !== undefined && POSTCODE.test(postcode.text) && isGapWith(text, tokens[last]!.end, postcode.start, ',-')) {
    if (isCapitalised(town.text) && isSpaceGap(text, postcode.end, town.start)) last += 2;
  }
  return last;
}

/** "Koningin Astridlaan": up to two capitalised words before a Dutch compound belong to the street. */
function streetStartBefore(text: string, tokens: readonly Token[], i: number): number {
  let first = i;
  while (i - first < 2 && first > 0) {
    const before = tokens[first - 1]!;
    if (!isCapitalised(before.text) || NOT_NAMES.has(before.folded) || !isSpaceGap(text, before.end, tokens[first]!.start)) break;
    first -= 1;
  }
  return first;
}

interface Found {
  first: number;
  last: number;
}

/** "16, rue de la Loi", "au 16 rue de la Loi", "134 Kerkstraat": the index of a house number right before the street, or -1. */
function houseNumberBefore(text: string, tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  return before !== undefined && HOUSE_NUMBER.test(before.text) && isGapWith(text, before.end, tokens[i]!.start, ',') ? i - 1 : -1;
}

function streetFirst(text: string, tokens: readonly Token[], i: number): Found | null {
  const next = tokens[i + 1];
  if (next === undefined || !isGapWith(text, tokens[i]!.end, next.start, '.')) return null;
  const nameEnd = streetNameEnd(text, tokens, i + 1);
  if (nameEnd === -1) return null;
  const number = houseNumberAfter(text, tokens, nameEnd);
  if (number !== -1) return { first: i, last: withBoxAndTown(text, tokens, number) };
  // Without a number after the street, one before it is its house number: the whole address goes.
  const before = houseNumberBefore(text, tokens, i);
  const withTown = withBoxAndTown(text, tokens, nameEnd);
  if (before === -1 && withTown === nameEnd) return null;
  return { first: before === -1 ? i : before, last: withTown };
}

function dutchCompound(text: string, tokens: readonly Token[], i: number): Found | null {
  const number = houseNumberAfter(text, tokens, i);
  if (number === -1 || !isSpaceGap(text, tokens[i]!.end, tokens[number]!.start)) return null;
  return { first: streetStartBefore(text, tokens, i), last: withBoxAndTown(text, tokens, number) };
}

/**
 * "12 Baker Street", "221B Baker Street": a number, one to three capitalised words, a street word;
 * "134 Kerkstraat", "7 Koningin Astridlaan": a number, then a Dutch street name.
 */
function numberFirst(text: string, tokens: readonly Token[], i: number): Found | null {
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    const token = tokens[j]!;
    if (!isSpaceGap(text, tokens[j - 1]!.end, token.start) || !isCapitalised(token.text)) return null;
    if ((j > i + 1 && STREET_LAST.has(token.folded)) || (DUTCH_STREET.test(token.folded) && !NOT_NAMES.has(token.folded))) {
      return { first: i, last: withBoxAndTown(text, tokens, j) };
    }
  }
  return null;
}

function addressAt(text: string, tokens: readonly Token[], i: number): Found | null {
  const token = tokens[i]!;
  const word = token.folded;
  if (STREET_FIRST.has(word)) return streetFirst(text, tokens, i);
  if (DUTCH_STREET.test(word)) return dutchCompound(text, tokens, i);
  if (HOUSE_NUMBER.test(token.text)) return numberFirst(text, tokens, i);
  return null;
}

export function findAddresses(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = addressAt(text, tokens, i);
    if (found === null) continue;
    spans.push({ type: 'address', start: tokens[found.first]!.start, end: tokens[found.last]!.end });
    i = found.last;
  }
  return spans;
}

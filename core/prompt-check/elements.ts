import type { Language } from '../i18n';
import { fold } from './tokens';
import { PROMPT_ELEMENTS, type PromptElement } from './types';

/**
 * Which parts of a good prompt are missing, from cue words. Cues are written per language, folded
 * (lower case, no accents: learners often type without them) and may use regex syntax; a space
 * stands for any run of white space. A prompt is matched against the cues of all three languages,
 * because in Brussels a French prompt often asks for "bullet points" or "SBAR"; the few cues
 * that mean something else in another language ("brief" is a letter in Dutch, "leg" a body part
 * in English) only count in their own language. The goal is useful feedback, not parsing:
 * one cue is enough for an element to be present.
 */
type CueList = Record<Language, readonly string[]>;

const ROLES: CueList = {
  fr: ['infirmier', 'infirmiere', 'medecin', 'aide[- ]soignante?', 'kinesitherapeute', 'kine', 'pharmacienn?e?', 'sage-femme',
    'assistante? sociale?', 'psychologue', 'dieteticienn?e?', 'ergotherapeute', 'logopede', 'experte?', 'specialiste',
    'formateur', 'formatrice', 'enseignante?', 'redacteur', 'redactrice', 'traducteur', 'traductrice', 'coach',
    'conseillere?', 'secretaire', 'assistante?', 'consultante?', 'generaliste'],
  nl: ['verpleegkundige', 'arts', 'huisarts', 'zorgkundige', 'kinesitherapeut', 'apotheker', 'vroedvrouw', 'maatschappelijk werker',
    'psycholoog', 'dietist', 'ergotherapeut', 'logopedist', 'expert', 'specialist', 'trainer', 'docent', 'lesgever', 'redacteur',
    'vertaler', 'coach', 'adviseur', 'secretaris', 'assistent', 'consulent'],
  en: ['nurse', 'doctor', 'physician', 'gp', 'pharmacist', 'midwife', 'physiotherapist', 'social worker', 'psychologist', 'dietitian',
    'dietician', 'occupational therapist', 'speech therapist', 'expert', 'specialist', 'trainer', 'teacher', 'educator', 'editor',
    'translator', 'coach', 'advis[eo]r', 'assistant', 'secretary', 'consultant', 'care worker', 'caregiver', 'carer'],
};

const AUDIENCES: CueList = {
  fr: ['patiente?s?', 'residente?s?', 'familles?', 'proches?', 'aidants?', 'parents?', 'enfants?', 'collegues?', 'equipes?',
    'medecins?', 'generalistes?', 'infirmiere?s?', 'stagiaires?', 'etudiante?s?', 'membres?', 'public', 'lecteurs?', 'lectrices?',
    'beneficiaires?', 'personnes? agees?', 'mere', 'pere', 'fils', 'fille', 'conjointe?', 'epoux', 'epouse', 'direction',
    'aide-soignante?s?', 'affilies?', 'adolescents?', 'jeunes', 'seniors', 'mutualistes?', 'pharmaciens?'],
  nl: ['patiente?n?', 'bewoners?', 'bewoonsters?', 'familie(?:leden)?', 'naasten?', 'mantelzorgers?', 'ouders?', 'kinderen', 'kind',
    "collega'?s?", 'team', 'dagdienst', 'nachtdienst', 'dagploeg', 'nachtploeg', 'arts(?:en)?', 'huisarts(?:en)?', 'verpleegkundigen?', 'stagiairs?', 'studenten', 'student', 'leden', 'publiek',
    'leken', 'lezers?', 'dochter', 'zoon', 'partner', 'echtgenote?', 'zorgkundigen?', 'ouderen', 'jongeren', 'clienten'],
  en: ['patients?', 'residents?', 'family', 'families', 'relatives?', 'carers?', 'caregivers?', 'parents?', 'child', 'children',
    'colleagues?', 'team', 'doctors?', 'gps?', 'general practitioners?', 'nurses?', 'students?', 'trainees?', 'members?',
    'public', 'lay\\s*(?:people|persons?|audience)', 'laypeople', 'readers?', 'daughter', 'son', 'partner', 'wife', 'husband',
    'staff', 'elderly', 'older (?:adults|people)', 'teenagers?', 'adolescents?'],
};

const any = (list: readonly string[]): string => `(?:${list.join('|')})`;
const ADJECTIVE = "(?:[a-z'-]+ )?";
const FR_DETERMINER = '(?:le|la|les|une?|des|mes|nos|ses|sa|son|leurs?|votre|vos|mon|ma|ton|ta|tes|ce|cette|ces)';

const CUES: Record<PromptElement, CueList> = {
  role: {
    fr: ['tu es', 'vous etes', 'agis(?:sez)? (?:comme|en tant que)', "en tant qu(?:e|'[a-z]+)", 'jouez? le role', 'dans le role',
      'prends? le role', 'mets[- ]toi (?:a la place|dans la peau)', 'imaginez? que (?:tu es|vous etes)', 'ton role', 'votre role',
      'comporte[- ]toi comme', `comme (?:une? )?${any(ROLES.fr)}`, 'endosse'],
    nl: ['je bent', 'jij bent', 'u bent', 'gedraag (?:je|u) als', 'speel de rol', 'neem de rol', 'in de rol van', 'jouw rol', 'uw rol',
      'je rol', 'stel je voor dat je', 'doe alsof je', 'treed op als', `als (?:een )?${ADJECTIVE}${any(ROLES.nl)}`],
    en: ['you are(?! not| unsure| uncertain)', "you're(?! not| unsure)", 'act(?:ing)? as', `as an? ${ADJECTIVE}${any(ROLES.en)}`,
      'in the role of', 'your role', 'pretend (?:to be|you are)', '(?:take|play|assume) the role', 'imagine you are', 'role:'],
  },
  context: {
    fr: ['contexte', 'situation', 'voici', 'ci-dessous', 'ci-apres', 'ci-joint', 'suivante?s?\\s*:',
      '(?:le|les) (?:texte|document|rapport|notes?|informations?|donnees) suivante?s?',
      '(?:le|la|un|une|mon|ma|notre|ce|cette) (?:patiente?|residente?|beneficiaire|enfant|dame|monsieur|personne|femme|homme) (?:a|est|ne|n\'[a-z]+|presente|souffre|prend|vit|habite|sort|rentre|doit|va|arrive|revient)',
      'je travaille', 'nous travaillons', '(?:dans|a) (?:mon|notre) (?:service|unite|hopital|equipe|cabinet|maison de repos)',
      'en maison de repos', "a l'hopital", 'aux urgences', 'a domicile', 'sur la base de', 'a partir de', "d'apres", 'suite a',
      'dans le cadre de', 'en raison de', 'apres (?:une|un|sa|son)', '\\d{1,3} ans'],
    nl: ['context', 'situatie', 'achtergrond', 'hieronder', 'hierna', 'bijgevoegd', '(?:de|het) volgende',
      '(?:de|een|mijn|onze|deze) (?:patiente?|bewoner|bewoonster|cliente?|zorgvrager|vrouw|man|dame|heer|persoon) (?:heeft|is|krijgt|neemt|woont|lijdt|gaat|komt|moet|wordt|kreeg|had|was)',
      'ik werk', 'wij werken', 'we werken', 'op (?:mijn|onze) (?:afdeling|dienst)', 'in (?:het|ons|een) (?:ziekenhuis|woonzorgcentrum|rusthuis)',
      'thuiszorg', 'op basis van', 'naar aanleiding van', 'aan de hand van', 'na (?:een|zijn|haar)', '\\d{1,3} jaar'],
    en: ['context', 'background', 'situation', 'below', 'the following', 'here is', "here's", 'attached', 'based on', 'according to',
      '(?:the|a|an|my|our|this) (?:patient|resident|client|woman|man|lady|person|child) (?:has|is|takes|lives|suffers|was|had|will|needs|comes|goes)',
      'i work', 'we work', 'on (?:my|our) ward', 'in (?:the|a|an|our|my) (?:hospital|nursing home|care home|clinic|practice)', 'home care',
      'after (?:a|an|his|her|their)', '\\d{1,3}[- ]years?[- ]old', '\\d{1,3} years?', ':[ \\t]*\\n',
      // A quoted passage to work on is context, in any language.
      '["«“][^"«»“”\\n]{20}[^"«»“”\\n]*'],
  },
  task: {
    fr: ['redige[rz]?', 'ecris', 'ecrivez', 'ecrire', 'resume[rz]?', 'explique[rz]?', 'traduis', 'traduisez', 'traduire', 'propose[rz]?',
      'fais', 'faites', 'faire', 'donne[rz]?', 'cree[rz]?', 'prepare[rz]?', 'reformule[rz]?', 'simplifie[rz]?', 'corrige[rz]?',
      'analyse[rz]', 'compare[rz]?', 'identifie[rz]?', 'suggere[rz]?', 'enumere[rz]?', 'verifie[rz]?', 'transforme[rz]?', 'genere[rz]?',
      'liste[rz]', 'elabore[rz]?', 'formule[rz]', 'decris', 'decrivez', 'decrire', 'calcule[rz]?', 'indique[rz]?', 'trouve[rz]?',
      'aidez?-moi', 'peux-tu', 'pouvez-vous', 'pourrais-tu', 'pourriez-vous', "j'ai besoin", 'je voudrais', 'je souhaite', "j'aimerais",
      'merci de', 'comment', 'quel(?:le)?s?', 'pourquoi', "qu'est-ce", 'que (?:dois|faut|puis|peut)'],
    nl: ['schrijf', 'vat', 'vertaal', 'stel', 'maak', 'geef', 'herschrijf', 'formuleer', 'herformuleer', 'vereenvoudig', 'analyseer',
      'vergelijk', 'controleer', 'beschrijf', 'bedenk', 'genereer', 'som', 'noem', 'zet', 'verbeter', 'bereid', 'help me',
      'kun je', 'kan je', 'kunt u', 'wil je', 'zou je', 'ik wil', 'ik heb nodig', 'opstellen', 'schrijven', 'wat', 'hoe', 'welke', 'waarom'],
    en: ['write', 'summari[sz]e', 'explain', 'translate', 'draft', 'list', 'create', 'give', 'make', 'prepare', 'rewrite', 'rephrase',
      'simplify', 'suggest', 'propose', 'generate', 'describe', 'compare', 'analy[sz]e', 'identify', 'outline', 'provide', 'produce',
      'compose', 'review', 'check', 'help me', 'can you', 'could you', 'would you', 'please', 'i need', 'i want', "i'd like",
      'tell me', 'show me', 'design', 'what', 'how', 'which', 'why'],
  },
  format: {
    fr: ['listes?', 'tableaux?', 'points?', 'puces?', 'paragraphes?', 'json', 'i?sbar', 'soap', 'titres?', 'intertitres?', 'sous-titres?',
      'colonnes?', 'numerote(?:e|s|es)?', 'markdown', 'format', 'structuree?s?', 'structure', 'e-?mail', 'courriel', 'mail', 'lettre',
      'fiche', 'check-?list', 'depliant', 'brochure', 'affiche', 'sms', 'faq', 'questions?-reponses?', 'schema', 'compte rendu',
      'transmissions?', 'sections?', 'encadre', 'dialogue', 'script'],
    nl: ['lijst(?:je)?', 'opsomming', 'tabel', 'punten', 'bullets?', "alinea'?s?", 'paragrafen', 'kopjes?', 'koppen', 'tussentitels?',
      'kolommen', 'stappenplan', 'genummerde?', 'formaat', 'structuur', 'folder', 'verslag', 'overdracht', 'secties?', 'sjabloon'],
    en: ['list', 'bullets?', 'bullet points?', 'table', 'headings?', 'headers?', 'sections?', 'paragraphs?', 'columns?', 'numbered',
      'steps', 'structure', 'letter', 'leaflet', 'flyer', 'poster', 'text message', 'checklist', 'template', 'report', 'handover',
      'outline'],
  },
  constraints: {
    fr: ['mots', '\\d+ (?:mots|lignes|phrases|caracteres|pages|points|paragraphes)', 'phrases? courtes?', "(?:un|le|du|au|d'un) ton",
      'niveau (?:[abc][12]|de langue|de lecture|simple|accessible|debutant|grand public)', 'simplement', '(?:de (?:facon|maniere)|reste|restez|sois|soyez) simple', '[abc][12]', '(?:langage|langue|mots|termes|vocabulaire|francais) (?:simples?|clairs?|courants?)',
      'facile a (?:lire|comprendre)', 'sans jargon', 'pas de jargon', 'evite[rz]? (?:le )?jargon', 'max', 'maximum', 'minimum',
      'au (?:plus|maximum)', 'pas plus de', 'moins de \\d+', '(?:texte|reponse|message|resume|paragraphe)s? courte?s?', 'concise?',
      'bref', 'breve', 'bienveillante?', 'empathique', 'rassurante?', 'formel(?:le)?', 'informel(?:le)?', 'vouvoie(?:ment|r|z)?',
      'tutoie(?:ment|r|z)?', 'longueur', 'une page', 'sans (?:termes|mots) techniques'],
    nl: ['woorden', "\\d+ (?:woorden|regels|zinnen|tekens|pagina'?s?|punten|alinea'?s?)", 'korte zinnen', '(?:een|de) (?:[a-z]+ )?toon',
      'niveau (?:[abc][12]|taal)', 'eenvoudige?', 'duidelijke taal', 'klare taal', 'jip-en-janneketaal', 'zonder jargon', 'geen jargon',
      'vermijd (?:vak)?jargon', 'maximaal', 'minimaal', 'hoogstens', 'niet meer dan', 'minder dan \\d+',
      'korte? (?:tekst|antwoord|bericht|samenvatting|brief)', 'hou het kort', 'kort en (?:bondig|duidelijk)', 'beknopte?',
      'vriendelijke?', 'empathische?', 'geruststellende?', 'formeel', 'informeel', 'u-vorm', 'je-vorm', 'lengte', 'begrijpelijke?'],
    en: ['words', '\\d+ (?:words|lines|sentences|characters|pages|points|paragraphs|bullets)', 'short (?:sentences|text|answer|reply|message|paragraphs?|summary|letter|email)',
      'keep it (?:short|simple|brief)', 'tone', '(?:reading|language) level', 'simple (?:language|words|terms|english|sentences)',
      'in simple terms', 'simply', 'plain (?:language|english)', 'no jargon', 'without jargon', 'avoid (?:medical )?jargon', 'jargon-free',
      'at most', 'no more than', 'fewer than', 'less than \\d+', 'concise(?:ly)?', 'friendly', 'empathetic', 'empathic', 'reassuring',
      'formal', 'informal', 'length', 'grade \\d+', 'easy to (?:read|understand)'],
  },
  audience: {
    // "pour tous les patients", "pour [MÉDECIN GÉNÉRALISTE]": a placeholder names the reader too.
    fr: [`(?:pour|a destination d(?:e|u|es)|destinee?s? a(?:ux?)?|adressee?s? a(?:ux?)?|a l'(?:attention|intention) d(?:e|u|es)|au|aux) (?:tou(?:te)?s )?(?:${FR_DETERMINER} |l')?${ADJECTIVE}\\[?${any(AUDIENCES.fr)}`,
      `a (?:${FR_DETERMINER} |l')${ADJECTIVE}\\[?${any(AUDIENCES.fr)}`,
      'public cible', 'destinataires?', "s'adresse a", 'lecteurs?'],
    nl: [`(?:voor|aan|gericht (?:aan|op)|bestemd voor|richt je (?:tot|aan)) (?:alle )?(?:(?:de|het|een|mijn|onze|zijn|haar|hun|uw|je|jouw) )?${ADJECTIVE}\\[?${any(AUDIENCES.nl)}`,
      'doelgroep', 'lezers?', 'lezerspubliek'],
    en: [`(?:for|(?<!(?:due|according|related|next|compared|prior|thanks) )to|aimed at|addressed to|intended for|written for|directed at|targeted at) (?:all )?(?:(?:a|an|the|my|our|his|her|their|your) )?${ADJECTIVE}\\[?${any(AUDIENCES.en)}`,
      'target audience', 'audience', 'readers?', 'readership'],
  },
  uncertainty: {
    fr: ['sources?', 'references?', 'bibliograph[a-z]*', 'incertitudes?', 'incertaine?s?', 'si tu ne (?:sais|connais) pas',
      'si vous ne (?:savez|connaissez) pas', "si tu n'es pas (?:sure?|certaine?)", "si vous n'etes pas (?:sure?|certaine?)s?",
      "n'inventez? (?:pas|rien|aucune?)", 'ne rien inventer', 'sans inventer', 'cite[rz]?', 'citations?', 'preuves?',
      'donnees probantes', 'niveau de (?:preuve|confiance|certitude)', 'doutes?', 'doutez', 'degre de (?:certitude|confiance)', 'fiabilite',
      'verifiables?', 'dites-le', 'dis-le', 'quoi verifier', '\\[?a verifier', "au lieu de l'inventer", 'mal compris(?:es?)?', 'ce qui (?:vous )?(?:semble|parait|est) (?:incertain|flou|douteux|debattu)',
      'flou'],
    nl: ['bronnen', 'bron', 'referenties?', 'onzeker(?:e|heid|heden)?', 'als (?:je|u) (?:het )?niet (?:weet|zeker bent)', 'weet je het niet',
      'niet zeker', 'verzin (?:niets|geen|niks)', 'niet verzinnen', 'citeer', 'wetenschappelijk onderbouwd', 'twijfel(?:t|s|en)?',
      'zekerheid', 'betrouwbaar(?:heid)?', 'controleerbaar', 'zeg (?:het|dat)(?: dan)?', 'wat ik moet nakijken', '\\[?nakijken', 'onduidelijk',
      'te verzinnen', 'verkeerd begrepen'],
    en: ['cite', 'citations?', 'uncertain(?:ty|ties)?', "if you (?:are|'re) (?:not sure|unsure|uncertain)", "if you (?:do not|don't) know",
      'if unsure', 'not sure', "(?:do not|don't) (?:make up|invent|guess|fabricate)", 'evidence(?:-based)?', 'confidence',
      'flag (?:any )?(?:doubts|uncertainties|gaps)', 'flag (?:what|anything)', 'say so', 'how certain', 'what to check', '\\[?to check', 'unclear',
      '(?:rather than|instead of) (?:inventing|making)', 'misunderstood'],
  },
};

/**
 * The labels the module teaches, each at the start of a line or a sentence and followed by a
 * colon and something: "Public : tous les patients", "Doelgroep: een huisarts", "Sources et
 * incertitudes : …". A label with nothing after it supplies nothing.
 */
const LABELS: Record<PromptElement, readonly string[]> = {
  role: ['role', 'rol'],
  context: ['contexte', 'context', 'situation', 'situatie', 'achtergrond', 'background'],
  task: ['tache', 'taak', 'task', 'demande', 'vraag', 'request'],
  format: ['format', 'forme', 'vorm', 'structure', 'structuur'],
  constraints: ['contraintes?', 'randvoorwaarden', 'beperkingen', 'voorwaarden', 'constraints?', 'limits'],
  audience: ['public(?: cible)?', 'destinataires?', 'lecteurs?', 'doelgroep', 'doelpubliek', 'publiek', 'lezers', 'audience', 'target audience', 'readers?'],
  uncertainty: ['incertitudes?', 'sources?(?: et incertitudes?)?', 'onzekerhe(?:id|den)', 'bronnen(?: en onzekerheden)?', 'uncertaint(?:y|ies)', 'sources? and uncertainty'],
};

/** Cues that mean something else in another language: they count only in their own. */
const OWN_LANGUAGE_ONLY: Partial<Record<PromptElement, Partial<CueList>>> = {
  task: { nl: ['leg', 'pas'] },
  format: { fr: ['plan', 'rapport'], nl: ['brief'] },
  constraints: { en: ['brief(?:ly)?', 'short'] },
  audience: { nl: ['lid'] },
};

/** A label of the module's, as a heading of its own: "Rôle :", "- Doelgroep:", "7. Uncertainty:". */
function labelled(labels: readonly string[]): string {
  return `(?:^|(?<=[\\n.;!?]))[ \\t]*(?:[-*•]|\\d+[.)])?[ \\t]*(?:${labels.join('|')})[ \\t]*:[ \\t]*[^\\s]`;
}

function compile(cues: readonly string[], labels: readonly string[]): RegExp {
  const alternatives = cues.map((cue) => cue.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])|${labelled(labels.map((label) => label.replace(/ /g, '\\s+')))}`);
}

function patternsFor(lang: Language): Record<PromptElement, RegExp> {
  const entries = PROMPT_ELEMENTS.map((element) => {
    const cues = [...CUES[element].fr, ...CUES[element].nl, ...CUES[element].en, ...(OWN_LANGUAGE_ONLY[element]?.[lang] ?? [])];
    return [element, compile(cues, LABELS[element])] as const;
  });
  return Object.fromEntries(entries) as Record<PromptElement, RegExp>;
}

/** Compiled once, when the module loads. */
const PATTERNS: Record<Language, Record<PromptElement, RegExp>> = { fr: patternsFor('fr'), nl: patternsFor('nl'), en: patternsFor('en') };

/** The elements of a good prompt that `text` lacks, in the order of PROMPT_ELEMENTS. */
export function missingElements(text: string, lang: Language, folded: string = fold(text)): PromptElement[] {
  return PROMPT_ELEMENTS.filter((element) => !PATTERNS[lang][element].test(folded));
}

import type { Language } from '../i18n';
import type { PersonalDataType, PersonRole, PromptElement } from './types';

/**
 * What replaces each kind of identifier when the learner pseudonymises her prompt, in her
 * language (the module's own terms: INSZ in Dutch, NISS in French and English). A name's
 * placeholder keeps the person's role, so the tool still knows who is who.
 */
const TYPE_PLACEHOLDERS: Record<Language, Record<Exclude<PersonalDataType, 'name'>, string>> = {
  fr: {
    niss: '[NISS]',
    birthdate: '[DATE]',
    'event-date': '[DATE]',
    phone: '[TÉLÉPHONE]',
    email: '[E-MAIL]',
    iban: '[IBAN]',
    address: '[ADRESSE]',
    'record-number': '[DOSSIER]',
    other: '[SUPPRIMÉ]',
  },
  nl: {
    niss: '[INSZ]',
    birthdate: '[DATUM]',
    'event-date': '[DATUM]',
    phone: '[TELEFOON]',
    email: '[E-MAIL]',
    iban: '[IBAN]',
    address: '[ADRES]',
    'record-number': '[DOSSIER]',
    other: '[VERWIJDERD]',
  },
  en: {
    niss: '[NISS]',
    birthdate: '[DATE]',
    'event-date': '[DATE]',
    phone: '[PHONE]',
    email: '[EMAIL]',
    iban: '[IBAN]',
    address: '[ADDRESS]',
    'record-number': '[RECORD]',
    other: '[REMOVED]',
  },
};

export const ROLE_PLACEHOLDERS: Record<Language, Record<PersonRole, string>> = {
  fr: { patient: '[PATIENT]', relative: '[PROCHE]', physician: '[MÉDECIN]', colleague: '[COLLÈGUE]', person: '[NOM]' },
  nl: { patient: '[PATIËNT]', relative: '[FAMILIELID]', physician: '[ARTS]', colleague: '[COLLEGA]', person: '[NAAM]' },
  en: { patient: '[PATIENT]', relative: '[RELATIVE]', physician: '[DOCTOR]', colleague: '[COLLEAGUE]', person: '[NAME]' },
};

/** The placeholder for an identifier of `type` (a name: of `role`, the patient's when unknown), in `lang`. */
export function placeholder(type: PersonalDataType, lang: Language, role: PersonRole = 'patient'): string {
  return type === 'name' ? ROLE_PLACEHOLDERS[lang][role] : TYPE_PLACEHOLDERS[lang][type];
}

const P = (lang: Language) => TYPE_PLACEHOLDERS[lang];
const R = (lang: Language) => ROLE_PLACEHOLDERS[lang];

/** What was found, then the fix: the placeholder, or a safer way to say the same thing. */
const PERSONAL_DATA: Record<Language, Record<Exclude<PersonalDataType, 'name'>, string>> = {
  fr: {
    niss: `Numéro de registre national : remplacez-le par ${P('fr').niss} ou supprimez-le.`,
    birthdate: `Date de naissance : remplacez-la par ${P('fr').birthdate} ou indiquez seulement l’âge (« 76 ans »).`,
    'event-date': `Date d’une intervention ou d’une hospitalisation : remplacez-la par ${P('fr')['event-date']} ou par un délai (« il y a dix jours »).`,
    phone: `Numéro de téléphone : remplacez-le par ${P('fr').phone} ou supprimez-le.`,
    email: `Adresse e-mail : remplacez-la par ${P('fr').email} ou supprimez-la.`,
    iban: `Numéro de compte bancaire (IBAN) : remplacez-le par ${P('fr').iban} ou supprimez-le.`,
    address: `Adresse postale : remplacez-la par ${P('fr').address} ou supprimez-la ; l’outil n’a pas besoin de savoir où vit la personne.`,
    'record-number': `Numéro de dossier patient : remplacez-le par ${P('fr')['record-number']} ou supprimez-le.`,
    other: `Donnée personnelle : remplacez-la par ${P('fr').other} ou supprimez-la.`,
  },
  nl: {
    niss: `Rijksregisternummer: vervang het door ${P('nl').niss} of schrap het.`,
    birthdate: `Geboortedatum: vervang die door ${P('nl').birthdate} of vermeld alleen de leeftijd (‘76 jaar’).`,
    'event-date': `Datum van een ingreep of een opname: vervang die door ${P('nl')['event-date']} of door een termijn (‘tien dagen geleden’).`,
    phone: `Telefoonnummer: vervang het door ${P('nl').phone} of schrap het.`,
    email: `E-mailadres: vervang het door ${P('nl').email} of schrap het.`,
    iban: `Bankrekeningnummer (IBAN): vervang het door ${P('nl').iban} of schrap het.`,
    address: `Postadres: vervang het door ${P('nl').address} of schrap het; de tool hoeft niet te weten waar iemand woont.`,
    'record-number': `Dossiernummer van een patiënt: vervang het door ${P('nl')['record-number']} of schrap het.`,
    other: `Persoonsgegeven: vervang het door ${P('nl').other} of schrap het.`,
  },
  en: {
    niss: `National register number: replace it with ${P('en').niss} or delete it.`,
    birthdate: `Date of birth: replace it with ${P('en').birthdate} or give the age only (“76 years old”).`,
    'event-date': `Date of a surgery or an admission: replace it with ${P('en')['event-date']} or with a time span (“ten days ago”).`,
    phone: `Phone number: replace it with ${P('en').phone} or delete it.`,
    email: `Email address: replace it with ${P('en').email} or delete it.`,
    iban: `Bank account number (IBAN): replace it with ${P('en').iban} or delete it.`,
    address: `Postal address: replace it with ${P('en').address} or delete it; the tool does not need to know where someone lives.`,
    'record-number': `Patient record number: replace it with ${P('en')['record-number']} or delete it.`,
    other: `Personal data: replace it with ${P('en').other} or delete it.`,
  },
};

/** A name, by whose it is: the placeholder that keeps the role, or the role in words. */
const NAME_MESSAGES: Record<Language, Record<PersonRole, string>> = {
  fr: {
    patient: `Nom d’un patient ou d’une patiente : remplacez-le par ${R('fr').patient} ou par son rôle (« la patiente », « le résident »).`,
    relative: `Nom d’un proche : remplacez-le par ${R('fr').relative} ou par son lien (« sa fille », « le fils »).`,
    physician: `Nom d’un médecin : remplacez-le par ${R('fr').physician} ou par sa fonction (« le médecin traitant »).`,
    colleague: `Nom d’un ou d’une collègue : remplacez-le par ${R('fr').colleague} ou par sa fonction (« l’infirmière de nuit »).`,
    person: `Nom d’une personne : remplacez-le par ${R('fr').person} ou par son rôle (« la patiente », « le fils »).`,
  },
  nl: {
    patient: `Naam van een patiënt: vervang die door ${R('nl').patient} of door de rol (‘de patiënte’, ‘de bewoner’).`,
    relative: `Naam van een familielid: vervang die door ${R('nl').relative} of door de band (‘haar dochter’, ‘de zoon’).`,
    physician: `Naam van een arts: vervang die door ${R('nl').physician} of door de functie (‘de huisarts’).`,
    colleague: `Naam van een collega: vervang die door ${R('nl').colleague} of door de functie (‘de nachtverpleegkundige’).`,
    person: `Naam van een persoon: vervang die door ${R('nl').person} of door de rol (‘de patiënt’, ‘de zoon’).`,
  },
  en: {
    patient: `Name of a patient: replace it with ${R('en').patient} or with their role (“the patient”, “the resident”).`,
    relative: `Name of a relative: replace it with ${R('en').relative} or with how they are related (“her daughter”, “the son”).`,
    physician: `Name of a physician: replace it with ${R('en').physician} or with their function (“the GP”).`,
    colleague: `Name of a colleague: replace it with ${R('en').colleague} or with their function (“the night nurse”).`,
    person: `Name of a person: replace it with ${R('en').person} or with their role (“the patient”, “her son”).`,
  },
};

/**
 * A sentence the learner can add to her prompt to supply the element. The tests check that each
 * one is recognised by the element's cues, so the advice never contradicts the checker.
 */
export const ELEMENT_EXAMPLES: Record<Language, Record<PromptElement, string>> = {
  fr: {
    role: 'Vous êtes infirmier·ère en soins à domicile.',
    context: 'Contexte : une patiente de 82 ans rentre chez elle après une chute.',
    task: 'Rédigez un message de sortie.',
    format: 'Présentez la réponse sous forme de liste de 5 points.',
    constraints: '150 mots maximum, phrases courtes, niveau B1.',
    audience: 'Le texte est destiné à la famille de la patiente.',
    uncertainty: 'Si vous n’êtes pas sûr·e, dites-le et citez vos sources.',
  },
  nl: {
    role: 'Je bent verpleegkundige in de thuiszorg.',
    context: 'Context: een patiënte van 82 jaar gaat na een val naar huis.',
    task: 'Schrijf een ontslagbericht.',
    format: 'Geef het antwoord als lijst met 5 punten.',
    constraints: 'Maximaal 150 woorden, korte zinnen, niveau B1.',
    audience: 'De tekst is bedoeld voor de familie van de patiënte.',
    uncertainty: 'Als je het niet zeker weet, zeg dat en vermeld je bronnen.',
  },
  en: {
    role: 'You are a home-care nurse.',
    context: 'Context: an 82-year-old patient is going home after a fall.',
    task: 'Write a discharge message.',
    format: 'Give the answer as a list of 5 bullet points.',
    constraints: 'At most 150 words, short sentences, plain language.',
    audience: 'The text is for the patient’s family.',
    uncertainty: 'If you are not sure, say so and cite your sources.',
  },
};

/** What is missing and why it matters, before the example. */
const ELEMENT_ADVICE: Record<Language, Record<PromptElement, string>> = {
  fr: {
    role: 'Rôle manquant : dites à l’outil quel rôle prendre',
    context: 'Contexte manquant : décrivez la situation, sans données personnelles',
    task: 'Tâche manquante : demandez une action précise, avec un verbe',
    format: 'Format manquant : dites sous quelle forme vous voulez la réponse',
    constraints: 'Contraintes manquantes : fixez la longueur, le ton ou le niveau de langue',
    audience: 'Public cible manquant : dites à qui le texte s’adresse',
    uncertainty: 'Incertitude non demandée : demandez à l’outil de signaler ses doutes et ses sources',
  },
  nl: {
    role: 'Rol ontbreekt: zeg welke rol de tool moet aannemen',
    context: 'Context ontbreekt: beschrijf de situatie, zonder persoonsgegevens',
    task: 'Taak ontbreekt: vraag een duidelijke actie, met een werkwoord',
    format: 'Vorm ontbreekt: zeg in welke vorm je het antwoord wilt',
    constraints: 'Randvoorwaarden ontbreken: leg de lengte, de toon of het taalniveau vast',
    audience: 'Doelgroep ontbreekt: zeg voor wie de tekst is',
    uncertainty: 'Onzekerheid niet gevraagd: vraag de tool om twijfels en bronnen te melden',
  },
  en: {
    role: 'Role missing: tell the tool which role to take',
    context: 'Context missing: describe the situation, without personal data',
    task: 'Task missing: ask for one clear action, with a verb',
    format: 'Format missing: say what form the answer should take',
    constraints: 'Constraints missing: set the length, the tone or the reading level',
    audience: 'Audience missing: say who the text is for',
    uncertainty: 'Uncertainty not asked for: ask the tool to flag its doubts and sources',
  },
};

const FOR_EXAMPLE: Record<Language, (example: string) => string> = {
  fr: (example) => `, p. ex. « ${example} »`,
  nl: (example) => `, bv. ‘${example}’`,
  en: (example) => `, e.g. “${example}”`,
};

export function personalDataMessage(type: PersonalDataType, lang: Language, role: PersonRole = 'patient'): string {
  return type === 'name' ? NAME_MESSAGES[lang][role] : PERSONAL_DATA[lang][type];
}

export function missingElementMessage(element: PromptElement, lang: Language): string {
  return ELEMENT_ADVICE[lang][element] + FOR_EXAMPLE[lang](ELEMENT_EXAMPLES[lang][element]);
}

/**
 * Every text the checker can show in `lang`, each with a key saying where it comes from: the
 * interface shows them as they are, so content check holds them to the term lists like the
 * UI strings in locales/.
 */
export function promptCheckTexts(lang: Language): { key: string; text: string }[] {
  const entries = (group: string, texts: Record<string, string>) => Object.entries(texts).map(([key, text]) => ({ key: `${group}.${key}`, text }));
  return [
    ...entries('placeholders', TYPE_PLACEHOLDERS[lang]),
    ...entries('rolePlaceholders', ROLE_PLACEHOLDERS[lang]),
    ...entries('personalData', PERSONAL_DATA[lang]),
    ...entries('names', NAME_MESSAGES[lang]),
    ...entries('missing', ELEMENT_ADVICE[lang]),
    ...entries('examples', ELEMENT_EXAMPLES[lang]),
  ];
}

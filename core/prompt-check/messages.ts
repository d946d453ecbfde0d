import type { Language } from '../i18n';
import type { PersonalDataType, PromptElement } from './types';

/** What replaces each kind of identifier when the learner pseudonymises her prompt. */
export const PLACEHOLDERS: Readonly<Record<PersonalDataType, string>> = {
  niss: '[NISS]',
  name: '[PATIENT]',
  birthdate: '[DATE]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  iban: '[IBAN]',
  address: '[ADDRESS]',
  'record-number': '[RECORD]',
  other: '[REMOVED]',
};

const P = PLACEHOLDERS;

/** What was found, then the fix: the placeholder, or a safer way to say the same thing. */
const PERSONAL_DATA: Record<Language, Record<PersonalDataType, string>> = {
  fr: {
    niss: `Numéro de registre national : remplacez-le par ${P.niss} ou supprimez-le.`,
    name: `Nom d’une personne : remplacez-le par ${P.name} ou par son rôle (« la patiente », « le fils »).`,
    birthdate: `Date de naissance : remplacez-la par ${P.birthdate} ou indiquez seulement l’âge (« 76 ans »).`,
    phone: `Numéro de téléphone : remplacez-le par ${P.phone} ou supprimez-le.`,
    email: `Adresse e-mail : remplacez-la par ${P.email} ou supprimez-la.`,
    iban: `Numéro de compte bancaire (IBAN) : remplacez-le par ${P.iban} ou supprimez-le.`,
    address: `Adresse postale : remplacez-la par ${P.address} ou supprimez-la ; l’outil n’a pas besoin de savoir où vit la personne.`,
    'record-number': `Numéro de dossier patient : remplacez-le par ${P['record-number']} ou supprimez-le.`,
    other: `Donnée personnelle : remplacez-la par ${P.other} ou supprimez-la.`,
  },
  nl: {
    niss: `Rijksregisternummer: vervang het door ${P.niss} of schrap het.`,
    name: `Naam van een persoon: vervang die door ${P.name} of door de rol (‘de patiënt’, ‘de zoon’).`,
    birthdate: `Geboortedatum: vervang die door ${P.birthdate} of vermeld alleen de leeftijd (‘76 jaar’).`,
    phone: `Telefoonnummer: vervang het door ${P.phone} of schrap het.`,
    email: `E-mailadres: vervang het door ${P.email} of schrap het.`,
    iban: `Bankrekeningnummer (IBAN): vervang het door ${P.iban} of schrap het.`,
    address: `Postadres: vervang het door ${P.address} of schrap het; de tool hoeft niet te weten waar iemand woont.`,
    'record-number': `Dossiernummer van een patiënt: vervang het door ${P['record-number']} of schrap het.`,
    other: `Persoonsgegeven: vervang het door ${P.other} of schrap het.`,
  },
  en: {
    niss: `National register number: replace it with ${P.niss} or delete it.`,
    name: `Name of a person: replace it with ${P.name} or with their role (“the patient”, “her son”).`,
    birthdate: `Date of birth: replace it with ${P.birthdate} or give the age only (“76 years old”).`,
    phone: `Phone number: replace it with ${P.phone} or delete it.`,
    email: `Email address: replace it with ${P.email} or delete it.`,
    iban: `Bank account number (IBAN): replace it with ${P.iban} or delete it.`,
    address: `Postal address: replace it with ${P.address} or delete it; the tool does not need to know where someone lives.`,
    'record-number': `Patient record number: replace it with ${P['record-number']} or delete it.`,
    other: `Personal data: replace it with ${P.other} or delete it.`,
  },
};

/**
 * A sentence the learner can add to her prompt to supply the element. The tests check that each
 * one is recognised by the element's cues, so the advice never contradicts the checker.
 */
export const ELEMENT_EXAMPLES: Record<Language, Record<PromptElement, string>> = {
  fr: {
    role: 'Tu es infirmier·ère en soins à domicile.',
    context: 'Contexte : une patiente de 82 ans rentre chez elle après une chute.',
    task: 'Rédige un message de sortie.',
    format: 'Présente la réponse sous forme de liste de 5 points.',
    constraints: '150 mots maximum, phrases courtes, niveau B1.',
    audience: 'Le texte est destiné à la famille de la patiente.',
    uncertainty: 'Si tu n’es pas sûr, dis-le et cite tes sources.',
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
    audience: 'Public manquant : dites à qui le texte s’adresse',
    uncertainty: 'Incertitude non demandée : demandez à l’outil de signaler ses doutes et ses sources',
  },
  nl: {
    role: 'Rol ontbreekt: zeg welke rol de tool moet aannemen',
    context: 'Context ontbreekt: beschrijf de situatie, zonder persoonsgegevens',
    task: 'Taak ontbreekt: vraag een duidelijke actie, met een werkwoord',
    format: 'Vorm ontbreekt: zeg in welke vorm u het antwoord wilt',
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

export function personalDataMessage(type: PersonalDataType, lang: Language): string {
  return PERSONAL_DATA[lang][type];
}

export function missingElementMessage(element: PromptElement, lang: Language): string {
  return ELEMENT_ADVICE[lang][element] + FOR_EXAMPLE[lang](ELEMENT_EXAMPLES[lang][element]);
}

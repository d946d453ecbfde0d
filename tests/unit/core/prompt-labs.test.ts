import { readFileSync } from 'node:fs';
import { scorePromptLab, type PromptLabBlock } from '../../../core/blocks/prompt-lab/definition';
import { parseModuleSource } from '../../../core/content/parse';
import { LANGUAGES } from '../../../core/i18n';
import { flattenBlocks } from '../../../core/progress';

/*
 * The prompting module's labs, each scored on prompts written in other words than its expert's:
 * a learner who does the task in her own words passes, and her prompt does not pass, or even
 * reach half marks, in another lab. (The expert prompts and the content-free prompt are in
 * tests/unit/cli/prompt-check.test.ts, through the command line.)
 */
const parsed = parseModuleSource(readFileSync('modules/prompting/module.yaml', 'utf8'), 'prompting');
if (!parsed.ok) throw new Error('the prompting module must be valid');
const labs = flattenBlocks(parsed.module).flatMap(({ block }) => (block.type === 'prompt-lab' ? [block as PromptLabBlock] : []));

/** For each lab, a prompt that does its task, written apart from its expert prompt. */
const OWN: Record<string, Record<'fr' | 'nl' | 'en', string>> = {
  'lab-admin-reminder': {
    fr: "Tu es secrétaire dans un hôpital bruxellois. Contexte : nous envoyons un rappel par SMS avant chaque rendez-vous. Écris un modèle de SMS où la date, l'heure et le lieu sont des champs à compléter. Donne une version en français et une en néerlandais, de 160 caractères maximum chacune. Ajoute comment annuler le rendez-vous. Pour tous les patients. Si quelque chose n'est pas clair, dis-le.",
    nl: 'Je bent secretariaatsmedewerker in een Brussels ziekenhuis. Context: we sturen een herinneringssms voor elke afspraak. Maak een sjabloon met [DATUM], [UUR] en [PLAATS] als in te vullen velden. Geef een Nederlandse en een Franse versie, elk maximaal 160 tekens. Zeg hoe de patiënt de afspraak kan verplaatsen. Voor alle patiënten. Als je twijfelt, zeg het.',
    en: 'You are a hospital receptionist in Brussels. Context: we text patients before each appointment. Write a reminder template with [DATE], [TIME] and [PLACE] as fields to fill in, in French and in Dutch, each at most 160 characters, with how to cancel. For all patients. If anything is unclear, say so.',
  },
  'lab-physician-literature': {
    fr: "Tu es pharmacologue clinicien. Contexte : je prépare une présentation pour des médecins hospitaliers. Résume les données sur la déprescription des IPP chez les personnes âgées, en une liste de 300 mots. Sépare les recommandations des études. Donne pour chaque affirmation une référence avec DOI ou PMID, et dis ce qui reste débattu. Si tu n'es pas sûr, dis-le.",
    nl: "Je bent arts. Context: ik geef een presentatie aan het team. Vat de literatuur samen over het stoppen van PPI's bij ouderen, als lijst van maximaal 300 woorden, voor artsen en apothekers. Houd richtlijnen en studies apart. Geef bij elke bewering een bron met PMID, en meld wat omstreden is. Verzin niets.",
    en: 'You are a geriatrician. Context: a team meeting. Summarise the evidence on deprescribing PPIs in older adults as a bulleted list, at most 300 words, for hospital doctors. Separate guidelines from individual studies, give a DOI for every claim, and say what is still debated. If you are unsure, say so.',
  },
  'lab-physio-home-exercises': {
    fr: "Tu es kinésithérapeute. Contexte : ma patiente a été opérée du genou il y a 10 jours. Voici ses exercices : quadriceps genou tendu, glissement du talon, flexion du genou assise. Rédige une fiche d'exercices à domicile en tableau, une page, phrases courtes, pour une patiente qui lit difficilement. N'ajoute aucun exercice. Termine par les signes d'alerte et quand appeler le kiné. Signale ce qui pourrait être mal compris.",
    nl: 'Je bent kinesitherapeut. Context: mijn patiënte kreeg tien dagen geleden een knieprothese. Dit zijn haar oefeningen: quadriceps aanspannen, hiel laten glijden, knie buigen op een stoel. Schrijf een oefenblad als tabel, één bladzijde, eenvoudige taal, voor een patiënte die moeilijk leest. Voeg geen oefeningen toe. Zet de alarmsignalen erbij. Meld wat onduidelijk kan zijn.',
    en: 'You are a physiotherapist. Context: my patient had knee surgery 10 days ago. These are her exercises: quadriceps tightening, heel slides, knee bending on a chair. Write a home-exercise sheet as a table, one page, short sentences, for a patient who finds reading hard. Add no exercises. End with the warning signs and when to call me. Flag anything that could be misunderstood.',
  },
  'lab-nurse-sbar': {
    fr: "Tu es infirmière en orthopédie. Contexte : patiente de 79 ans, voici les notes de la nuit (fièvre, confusion, paramètres). Rédige une transmission SBAR pour ma collègue de jour, en puces, 120 mots. N'ajoute ni diagnostic ni traitement. En R, je dicte : glycémie et fréquence respiratoire à mesurer, rappeler la garde si la tension baisse. Liste ce qui manque au lieu de l'inventer, par exemple la glycémie.",
    nl: "Je bent verpleegkundige. Context: patiënte van 79 jaar met koorts en verwardheid, hieronder de nachtnota's. Schrijf een SBAR-overdracht voor de dagdienst, in punten, maximaal 120 woorden. Voeg geen diagnose toe. In R alleen wat ik dicteer: glycemie en ademhalingsfrequentie meten. Meld wat ontbreekt in plaats van het te verzinnen.",
    en: 'You are an orthopaedic nurse. Context: a 79-year-old patient, night notes below. Write an SBAR hand-over for the day nurse, as bullet points, 120 words. Add no diagnosis or treatment. In R, only what I dictate: measure blood glucose and respiratory rate, call the doctor if BP drops. List what is missing rather than inventing it.',
  },
  'lab-physician-discharge-letter': {
    fr: "Tu es médecin interniste. Contexte : [PATIENT], 74 ans, hospitalisé 8 jours pour une pneumonie et une insuffisance cardiaque décompensée ; à la sortie, amoxicilline et furosémide 40 mg. Rédige la lettre de sortie pour [MÉDECIN GÉNÉRALISTE], avec un tableau des médicaments, 200 mots. Doses exactes, rien d'autre. Marque [À VÉRIFIER] ce qui manque.",
    nl: 'Je bent internist. Context: [PATIËNT], 74 jaar, 8 dagen opgenomen met pneumonie en hartfalen; ontslagmedicatie amoxicilline en furosemide 40 mg. Schrijf de ontslagbrief aan [HUISARTS], met een tabel, maximaal 200 woorden. Doses exact. Markeer wat ontbreekt met [NAKIJKEN].',
    en: 'You are an internal medicine physician. Context: [PATIENT], 74, admitted for 8 days with pneumonia and heart failure; discharged on amoxicillin and furosemide 40 mg. Write the discharge letter to [GP] with a medication table, 200 words, exact doses. Mark [TO CHECK] anything missing.',
  },
  'lab-mutuality-decision-letter': {
    fr: "Tu es conseiller en mutualité. Contexte : le médecin-conseil a refusé l'attelle de poignet car la prescription n'était pas datée. Rédige une lettre pour le membre qui explique la décision et ses possibilités : une nouvelle demande ou un recours. Trois paragraphes, 200 mots, ton rassurant, pour une personne âgée qui lit difficilement. N'ajoute aucun délai ni montant. Signale ce qui est flou.",
    nl: "Je bent ziekenfondsconsulent. Context: de adviserend arts weigerde de polsspalk omdat het voorschrift niet gedateerd was. Schrijf een brief aan het lid met de beslissing en zijn mogelijkheden: een nieuwe aanvraag of beroep aantekenen. Drie alinea's, 200 woorden, geruststellend, voor een ouder lid dat moeilijk leest. Voeg geen termijnen of bedragen toe. Meld wat onduidelijk is.",
    en: 'You are a mutuality adviser. Context: the medical adviser refused the wrist splint because the prescription was not dated. Write a letter to the member explaining the decision and his options: a new request or an appeal. Three short paragraphs, 200 words, reassuring tone, for an older member who finds reading hard. Add no deadline or amount. Flag anything unclear.',
  },
  'lab-translate-discharge-instructions': {
    fr: 'Tu es traducteur médical. Contexte : voici des consignes de sortie après une opération de la vésicule. Traduis-les en néerlandais de Belgique simple, niveau B1, en puces, pour un patient sans formation médicale. Aucun conseil ajouté, chiffres exacts. Mets « consulter en urgence » en dernier, bien visible. Ensuite, liste en français les passages incertains pour le collègue qui relira.',
    nl: "Je bent medisch vertaler. Context: dit zijn ontslaginstructies na een galblaasoperatie. Vertaal ze naar eenvoudig Frans zoals in België, niveau B1, als opsomming, voor een patiënt zonder medische opleiding. Geen adviezen toevoegen, cijfers exact. Zet 'dringend raadplegen' als laatste, goed zichtbaar. Som daarna in het Nederlands de onzekere passages op voor de collega die naleest.",
    en: 'You are a medical translator. Context: discharge instructions after gallbladder surgery. Translate them into simple Belgian Dutch, B1, as bullet points, for a patient without medical training. Add no advice and keep the numbers exact. Put urgent care last and easy to spot. Then list the uncertain passages in English for the colleague who will review it.',
  },
  'lab-nurse-insulin-sheet': {
    fr: "Tu es infirmière en diabétologie. Contexte : une patiente commence une insuline basale, voici les lignes de la note. Rédige une fiche avec quatre titres, 200 mots, niveau A2, pour une patiente qui lit difficilement le français et que son fils aide. Recopie les doses exactement et n'ajoute aucune dose ni aucun médicament. Reprends toute la conduite à tenir si le sucre est trop bas. Liste les phrases qui pourraient être mal comprises.",
    nl: 'Je bent diabeteseducator. Context: een patiënte start met basale insuline, hieronder de nota. Schrijf een fiche met vier kopjes, 200 woorden, niveau A2, voor een patiënte die moeilijk leest en geholpen wordt door haar zoon. Neem de doses exact over en voeg geen dosis of geneesmiddel toe. Zet de hele regel erin voor als de suiker te laag is. Som op wat verkeerd begrepen kan worden.',
    en: "You are a diabetes nurse. Context: a patient is starting basal insulin; the note's lines are below. Write a sheet with four headings, 200 words, reading level A2, for a patient who finds reading French hard and whose son helps her. Copy doses exactly and add no dose or medicine. Include the whole rule for when her sugar is too low. List anything that could be misunderstood.",
  },
};

describe('the prompting module’s labs, on a learner’s own wording', () => {
  it('has one own-wording prompt per lab', () => {
    expect(Object.keys(OWN).sort()).toEqual(labs.map((l) => l.id).sort());
  });

  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: her own wording of the task passes', (_, lab) => {
      const outcome = scorePromptLab(lab, { prompt: OWN[lab.id]![lang], lang });
      expect(outcome.parts.filter((p) => 'must' in p && !p.correct).map((p) => p.id)).toEqual([]);
      expect(outcome.correct).toBe(true);
    });

    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: a prompt written for another lab stays below 50 here', (_, lab) => {
      const others = labs.filter((l) => l !== lab).map((other) => [other.id, scorePromptLab(lab, { prompt: OWN[other.id]![lang], lang }).raw] as const);
      expect(others.filter(([, score]) => score >= 50)).toEqual([]);
    });
  });
});

import { LANGUAGES } from '../../../../core/i18n';
import { checkPrompt } from '../../../../core/prompt-check';
import { missingElements } from '../../../../core/prompt-check/elements';
import { ELEMENT_EXAMPLES } from '../../../../core/prompt-check/messages';
import { PROMPT_ELEMENTS } from '../../../../core/prompt-check/types';

describe('missing elements', () => {
  it.each([
    [
      'fr',
      'Vous êtes infirmière en gériatrie. Voici les notes de la journée : la patiente a chuté. Rédigez une transmission SBAR pour le médecin traitant, en 5 points maximum, dans un langage simple. Si vous ne savez pas, dites-le et citez vos sources.',
    ],
    ['fr', 'Agis comme un pharmacien. Explique les effets secondaires de la metformine à une patiente de 70 ans, en phrases courtes, sous forme de liste. Indique tes sources.'],
    [
      'nl',
      'Je bent een ervaren verpleegkundige. Context: een bewoner van 85 jaar is gevallen. Schrijf een korte brief voor de familie, maximaal 150 woorden, in een vriendelijke toon. Vermeld je bronnen en zeg het als je het niet weet.',
    ],
    [
      'en',
      'You are an experienced nurse. Based on the notes below, write a handover for the night team as a table, at most 200 words, plain language. If you are not sure, say so.',
    ],
  ] as const)('%s: a complete prompt lacks nothing', (lang, text) => {
    expect(missingElements(text, lang)).toEqual([]);
  });

  it.each([
    ['fr', 'Résume ce texte.'],
    ['nl', 'Vat deze tekst samen.'],
    ['en', 'Explain heart failure.'],
  ] as const)('%s: a bare request has a task and nothing else', (lang, text) => {
    expect(missingElements(text, lang)).toEqual(['role', 'context', 'format', 'constraints', 'audience', 'uncertainty']);
  });

  it('takes a quoted passage to work on for context', () => {
    expect(missingElements('Traduis en néerlandais : « Prenez ce médicament à jeun, avec un grand verre d’eau. »', 'fr')).not.toContain('context');
    expect(missingElements('Traduis « oui ».', 'fr')).toContain('context');
  });

  it.each([
    ['fr', 'Explique-le à la famille.'],
    ['fr', 'Un texte pour l’équipe de nuit.'],
    ['nl', 'Maak een overdracht voor de huisarts.'],
    ['nl', 'Een folder voor jonge ouders.'],
    ['en', 'Summarise it for a nurse.'],
    ['en', 'Explain it to the patient’s daughter.'],
  ] as const)('%s: finds the audience in "%s"', (lang, text) => {
    expect(missingElements(text, lang)).not.toContain('audience');
  });

  it('does not take "due to the patient" for an audience', () => {
    expect(missingElements('Delays due to the patient’s transport.', 'en')).toContain('audience');
  });

  it('reports every element for an empty prompt, in the order of the contract', () => {
    expect(missingElements('', 'fr')).toEqual([...PROMPT_ELEMENTS]);
  });

  it('reads prompts typed without accents', () => {
    expect(missingElements('redige une lettre pour la famille, si tu ne sais pas dis-le', 'fr')).toEqual(['role', 'context', 'constraints']);
  });

  it('accepts cues from another language: Brussels prompts mix them', () => {
    expect(missingElements('Rédige les transmissions en bullet points, plain language.', 'fr')).not.toContain('format');
    expect(missingElements('Rédige les transmissions en bullet points, plain language.', 'fr')).not.toContain('constraints');
  });

  it('does not count a false friend from another language', () => {
    // "brief" is a letter in Dutch and "short" in English; "leg" is "explain" in Dutch and a body part in English.
    expect(missingElements('Write a brief.', 'en')).toContain('format');
    expect(missingElements('Schrijf een brief.', 'nl')).not.toContain('format');
    expect(missingElements('My patient has a swollen leg.', 'en')).toContain('task');
    expect(missingElements('Leg uit wat diabetes is.', 'nl')).not.toContain('task');
  });

  it('does not take "if you are not sure" for a role, nor "ton" the possessive for a tone', () => {
    expect(missingElements('Explain, and if you are not sure, say so.', 'en')).toContain('role');
    expect(missingElements('Explique ton choix.', 'fr')).toContain('constraints');
  });

  it.each([
    ['fr', 'Public : tous les patients adultes.', 'audience'],
    ['fr', 'Public cible : un médecin généraliste.', 'audience'],
    ['nl', 'Doelgroep: een huisarts.', 'audience'],
    ['nl', 'Doelpubliek: alle patiënten.', 'audience'],
    ['en', 'Audience: a GP.', 'audience'],
    ['nl', 'Als je twijfelt, zeg het.', 'uncertainty'],
    ['fr', 'Dites-moi quoi vérifier.', 'uncertainty'],
    ['fr', 'Incertitudes : s’il manque une information, dites-le au lieu de l’inventer.', 'uncertainty'],
    ['nl', 'Onzekerheden: meld wat je onduidelijk lijkt.', 'uncertainty'],
    ['en', 'Uncertainty: flag what seems unclear.', 'uncertainty'],
    ['nl', 'Randvoorwaarden: één bladzijde.', 'constraints'],
    ['fr', 'Contraintes : une page.', 'constraints'],
    ['nl', 'Vorm: een tabel.', 'format'],
    ['fr', '- Rôle : vous êtes secrétaire.', 'role'],
  ] as const)('%s: accepts the module’s own label or phrasing "%s" as the %s', (lang, text, element) => {
    expect(missingElements(text, lang)).not.toContain(element);
  });

  it('does not take a label with nothing after it, or the word inside a sentence, for the element', () => {
    expect(missingElements('Public :', 'fr')).toContain('audience');
    expect(missingElements('Le public est varié.', 'fr')).toContain('audience');
  });

  describe('each message’s example supplies its element', () => {
    for (const lang of LANGUAGES) {
      it.each(PROMPT_ELEMENTS)(`${lang}: %s`, (element) => {
        const example = ELEMENT_EXAMPLES[lang][element];
        expect(missingElements(example, lang)).not.toContain(element);
        expect(checkPrompt(example, lang).findings.filter((f) => f.kind === 'personal-data')).toEqual([]);
        const message = checkPrompt('', lang).findings.find((f) => f.kind === 'missing-element' && f.element === element)!.message;
        expect(message).toContain(example);
      });
    }
  });
});

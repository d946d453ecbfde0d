import { readModuleFiles } from '../../../cli/content';
import { checkCriteria, type Criterion } from '../../../core/blocks/prompt-lab/criteria';
import { scorePromptLab, type PromptLabBlock } from '../../../core/blocks/prompt-lab/definition';
import { checkLabPrompt } from '../../../core/blocks/prompt-lab/score';
import { parseModuleSource } from '../../../core/content/parse';
import { LANGUAGES, type Language } from '../../../core/i18n';
import { flattenBlocks } from '../../../core/progress';
import { TERSE_LAB_PROMPTS } from '../../fixtures/lab-prompts';

/*
 * Keyword stuffing, in every prompt lab of the shipped modules: a generic prompt with every
 * element of a good prompt, and the lab's words added as a list, in every shape a learner might
 * try. The words come from the lab's own criteria, so a new lab is tested as it is added. None of
 * them may pass, and each criterion says its words stood in a list. The experts', the samples'
 * and terser honest prompts still pass, with no criterion taken for a list.
 */
const labs = readModuleFiles('modules').flatMap(({ file, text }) => {
  const parsed = parseModuleSource(text, file);
  if (!parsed.ok) throw new Error(`${file} must be valid`);
  return flattenBlocks(parsed.module).flatMap(({ block }) => (block.type === 'prompt-lab' ? [block as PromptLabBlock] : []));
});

/** Every element of a good prompt, for no task in particular: what the review's probe added the lab's words to. */
const SKELETON: Record<Language, string> = {
  fr: "Vous êtes infirmière. Contexte : je travaille dans une unité d'un hôpital bruxellois. Rédigez un court texte. Format : une liste de 5 points, 100 mots au maximum. C'est pour les patients. Utilisez un ton bienveillant. N'inventez rien ; vérifiez chaque fait dans la source.",
  nl: 'Je bent verpleegkundige. Context: ik werk op een afdeling van een Brussels ziekenhuis. Schrijf een korte tekst. Vorm: een lijst van 5 punten, maximaal 100 woorden. Het is voor patiënten. Gebruik een vriendelijke toon. Verzin niets; controleer elk feit in de bron.',
  en: 'You are a nurse. Context: I work in a hospital ward in Brussels. Write a short text. Format: a list of 5 points, at most 100 words. It is for patients. Use a friendly tone. Do not invent anything; check each fact against the source.',
};

/** A cue without its syntax, as the review's probe wrote it: "ppi / ppis + stop* / taper*" → "ppi stop". */
const plain = (cue: string) =>
  cue
    .split('+')
    .map((part) => part.split('/')[0]!.trim().replace(/\*/g, ''))
    .join(' ');

/** What a learner stuffs for each criterion to meet: its first cue, or all of its cues at once. */
const WORDS: Record<string, (criterion: Criterion, lang: Language) => string> = {
  'its first cue': (c, lang) => plain(c.cues[lang][0]!),
  'all its cues': (c, lang) => c.cues[lang].map(plain).join(' '),
};

const say = (words: Record<Language, string>) => (lang: Language) => words[lang];
const WRITE = say({ fr: 'Écrivez', nl: 'Schrijf', en: 'Write' });
const AND = say({ fr: 'et', nl: 'en', en: 'and' });
const THE = say({ fr: 'le', nl: 'de', en: 'the' });
const ABOUT = say({ fr: 'sur', nl: 'over', en: 'about' });
const PLEASE = say({ fr: 'svp', nl: 'aub', en: 'please' });
const KEYWORDS = say({ fr: 'Mots-clés', nl: 'Trefwoorden', en: 'Keywords' });
const CONTEXT = say({ fr: 'Contexte', nl: 'Context', en: 'Context' });
const HEADINGS: Record<Language, readonly string[]> = {
  fr: ['Tâche', 'Format', 'Contraintes', 'Public cible', 'Incertitudes'],
  nl: ['Taak', 'Vorm', 'Randvoorwaarden', 'Doelgroep', 'Onzekerheden'],
  en: ['Task', 'Format', 'Constraints', 'Audience', 'Uncertainty'],
};

/** The ways of adding a lab's words to the prompt: each after the skeleton unless it says otherwise. */
const STUFFING: Record<string, (words: readonly string[], lang: Language) => string> = {
  'as sentences (the review’s probe)': (w) => `${w.join('. ')}.`,
  'each on a line of its own': (w) => w.join('\n'),
  'joined by commas': (w) => `${w.join(', ')}.`,
  'joined by semicolons': (w) => `${w.join('; ')}.`,
  'joined by “and”': (w, lang) => `${w.join(` ${AND(lang)} `)}.`,
  'each with an article': (w, lang) => `${w.map((x) => `${THE(lang)} ${x}`).join(', ')}.`,
  'with “please” in the middle': (w, lang) => `${w.map((x, i) => (i === 1 ? `${x} ${PLEASE(lang)}` : x)).join(', ')}.`,
  'after a filler verb': (w, lang) => `${WRITE(lang)} ${w.join(' ')}.`,
  'after a filler verb, with commas': (w, lang) => `${WRITE(lang)} ${ABOUT(lang)} ${w.join(', ')}.`,
  'as a bulleted list': (w) => w.map((x) => `- ${x}`).join('\n'),
  'as a numbered list': (w) => w.map((x, i) => `${i + 1}. ${x}`).join('\n'),
  'repeated three times': (w) => `${[...w, ...w, ...w].join('. ')}.`,
  'repeated on one line': (w) => `${[...w, ...w, ...w].join(' ')}.`,
  'after “Keywords:”': (w, lang) => `${KEYWORDS(lang)}: ${w.join(', ')}.`,
  'after “Context:”': (w, lang) => `${CONTEXT(lang)}: ${w.join(', ')}.`,
  'each under a heading of the seven elements': (w, lang) => w.map((x, i) => `${HEADINGS[lang][i % 5]}: ${x}.`).join('\n'),
  'each after the same filler verb': (w, lang) => w.map((x) => `${WRITE(lang)} ${x}.`).join('\n'),
  'two by two after the same filler verb': (w, lang) => w.map((x, i) => (i % 2 === 0 ? `${WRITE(lang)} ${x}` : ` ${AND(lang)} ${x}.\n`)).join(''),
};

function stuffed(lab: PromptLabBlock, lang: Language, words: (c: Criterion, lang: Language) => string, how: string): string {
  const list = STUFFING[how]!(
    lab.criteria.filter((c) => c.must === 'include').map((c) => words(c, lang)),
    lang,
  );
  return `${SKELETON[lang]}\n${list}`;
}

describe('keyword stuffing in the shipped prompt labs', () => {
  it('finds the labs', () => {
    expect(labs.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: the words stuffed are the lab’s cues: each meets its criterion in a sentence of its own', (_, lab) => {
      for (const words of Object.values(WORDS)) {
        for (const criterion of lab.criteria.filter((c) => c.must === 'include')) {
          const [result] = checkCriteria([criterion], `${SKELETON[lang]} ${words(criterion, lang)}.`, lang);
          expect([criterion.id, result!.met]).toEqual([criterion.id, true]);
        }
      }
    });

    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: added as a list in any shape, they meet no criterion, score 0 and say why', (_, lab) => {
      const wrong: string[] = [];
      for (const [source, words] of Object.entries(WORDS)) {
        for (const how of Object.keys(STUFFING)) {
          const prompt = stuffed(lab, lang, words, how);
          const outcome = scorePromptLab(lab, { prompt, lang });
          const includes = outcome.parts.filter((p) => 'must' in p && p.must === 'include');
          const unsaid = includes.filter((p) => !('listed' in p) || !p.listed?.length || !p.listed.every((w) => prompt.includes(w)));
          if (outcome.correct || outcome.raw !== 0 || includes.some((p) => p.correct) || unsaid.length > 0) {
            wrong.push(`${source}, ${how}: ${outcome.raw}, ${JSON.stringify(includes)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  });
});

describe('honest prompts in the shipped prompt labs', () => {
  /** Whether a first try passes (the expert's prompt, shown after it, is a copy later), and the criteria taken for a list. */
  const check = (lab: PromptLabBlock, prompt: string, lang: Language) => {
    const { passed, criteria } = checkLabPrompt(lab.criteria, prompt, lang);
    return { passed, listed: criteria.flatMap((c) => (c.listed ? [c.id] : [])) };
  };

  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: the expert’s prompt and the sample pass, with no criterion taken for a list', (_, lab) => {
      expect(check(lab, lab.expert.prompt[lang], lang)).toEqual({ passed: true, listed: [] });
      expect(check(lab, lab.sample[lang], lang)).toEqual({ passed: true, listed: [] });
    });

    it.each(labs.filter((lab) => TERSE_LAB_PROMPTS[lab.id]).map((lab) => [lab.id, lab] as const))('%s: terser honest prompts pass too', (_, lab) => {
      const prompts = TERSE_LAB_PROMPTS[lab.id]![lang];
      expect(prompts.length).toBeGreaterThan(0);
      for (const prompt of prompts) expect([prompt, check(lab, prompt, lang)]).toEqual([prompt, { passed: true, listed: [] }]);
    });
  });
});

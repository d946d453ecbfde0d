import validateStatement from '@learninglocker/xapi-validation';
import { answerCounts, scoreAnswer } from '..';
import { recorded } from '../../../tests/fixtures/answers';
import { sampleModule } from '../../../tests/fixtures/sample-module';
import { checkCriteria, type Criterion } from './criteria';
import { isValidPromptLabAnswer, promptLab, promptLabBlockSchema, scorePromptLab, type PromptLabBlock } from './definition';
import { labScore, PASS_SCORE } from './score';

const t = (s: string) => ({ fr: s, nl: s, en: s });
const cues = (...list: string[]) => ({ fr: list, nl: list, en: list });
const criterion = (id: string, must: Criterion['must'], ...list: string[]): Criterion => ({ id, must, text: t(`The ${id} criterion.`), cues: cues(...list) });
const block: PromptLabBlock = {
  id: 'discharge-letter',
  type: 'prompt-lab',
  profession: 'physician',
  task: t('Draft a discharge letter to the GP.'),
  criteria: [
    criterion('letter-to-gp', 'include', 'discharge letter', 'letter + gp / general practitioner'),
    criterion('placeholder', 'include', '[patient*'),
    criterion('diagnosis', 'include', 'pneumonia', 'heart failure'),
    criterion('no-address', 'exclude', 'address'),
  ],
  expert: { prompt: t('You are…'), reasoning: t('Because…') },
  sample: t(
    'I work as a hospital physician. Draft the discharge letter to the general practitioner for [PATIENT], treated for pneumonia: ' +
      'a short list, 250 words at most, factual. Tell me where you are unsure.',
  ),
};
const leaky = 'Write a discharge letter for Mrs Fatima Benali, born on 12/03/1948, NISS 48.03.12-004.83.';
const complete =
  'You are a hospital physician. Context: below is a pseudonymised summary of the stay of [PATIENT], treated for pneumonia. ' +
  'Write a discharge letter for the GP, as a list with short paragraphs, at most 250 words, in a factual tone. ' +
  'If you are not sure about a point, say so and cite your sources.';
/** Every element of a good prompt, for a task that is not this one. */
const offTopic = 'You are a nurse. Context: a resident of 85 fell. Write a list of 5 fall-prevention tips, at most 100 words, for her family. If you are not sure, say so.';

describe('prompt-lab scoring', () => {
  it('scores a prompt that does the task and is well built in full, and passes it', () => {
    const clean = scorePromptLab(block, { prompt: complete, lang: 'en' });
    expect(clean).toMatchObject({ raw: 100, max: 100, scaled: 1, correct: true });
  });

  it('gives a well-built prompt for another task nothing for its elements, and never a pass', () => {
    const other = scorePromptLab(block, { prompt: offTopic, lang: 'en' });
    expect(other.raw).toBe(0);
    expect(other.correct).toBe(false);
    // The issue's content-free prompt: a label for each element and nothing of the task.
    const empty = 'Je bent verpleegkundige. Context: patiënte. Schrijf een lijst, 100 woorden, voor de patiënt. Vermeld je bronnen.';
    expect(scorePromptLab(block, { prompt: empty, lang: 'nl' })).toMatchObject({ raw: 0, correct: false });
  });

  it('leaking identifiers costs 25 points each, and a prompt that leaks never passes', () => {
    const withName = complete.replace('[PATIENT]', '[PATIENT] (Mrs Fatima Benali)');
    const leak = scorePromptLab(block, { prompt: withName, lang: 'en' });
    expect(leak.raw).toBe(75);
    expect(leak.correct).toBe(false);
  });

  it('takes a criterion’s worth off for what the prompt must not contain, and then does not pass', () => {
    const broken = scorePromptLab(block, { prompt: `${complete} Add his address.`, lang: 'en' });
    expect(broken.raw).toBe(Math.round(100 * (2 / 3)));
    expect(broken.correct).toBe(false);
    // Saying what to leave out is what the lesson asks: a cue after a negation does not count.
    expect(scorePromptLab(block, { prompt: `${complete} Do not give his address.`, lang: 'en' }).correct).toBe(true);
  });

  it('needs every criterion and a score of 80 to pass: the task done with too few elements of a good prompt does not pass', () => {
    const bare = 'Discharge letter for [PATIENT]: pneumonia.';
    const outcome = scorePromptLab(block, { prompt: bare, lang: 'en' });
    expect(outcome.parts.filter((p) => 'must' in p).every((p) => p.correct)).toBe(true);
    expect(outcome.raw).toBeLessThan(PASS_SCORE);
    expect(outcome.correct).toBe(false);
  });

  it('combines the task and the elements as documented', () => {
    const results = (met: number, of: number, broken = 0) => [
      ...Array.from({ length: of }, (_, i) => ({ id: `c${i}`, must: 'include' as const, met: i < met })),
      ...Array.from({ length: broken }, (_, i) => ({ id: `x${i}`, must: 'exclude' as const, met: false })),
    ];
    expect(labScore(results(4, 4), 7, 0)).toBe(100);
    expect(labScore(results(4, 4), 0, 0)).toBe(60);
    expect(labScore(results(1, 4), 7, 0)).toBe(25);
    expect(labScore(results(0, 4), 7, 0)).toBe(0);
    expect(labScore(results(4, 4, 1), 7, 0)).toBe(75);
    expect(labScore(results(4, 4), 7, 2)).toBe(50);
    expect(labScore(results(1, 4, 2), 7, 0)).toBe(0);
  });

  it('refuses an empty or oversized prompt, or an unknown language', () => {
    expect(isValidPromptLabAnswer(block, { prompt: '   ', lang: 'en' })).toBe(false);
    expect(isValidPromptLabAnswer(block, { prompt: 'x'.repeat(10_001), lang: 'en' })).toBe(false);
    expect(scoreAnswer(block, { prompt: 'Explain', lang: 'de' }, sampleModule())).toBeNull();
    expect(scoreAnswer(block, { prompt: '', lang: 'en' }, sampleModule())).toBeNull();
  });

  it('lets the learner try again, unlike a quiz', () => {
    expect(answerCounts(block)).toBe('latest');
  });

  it('records a try without the prompt text, so no identifier ever reaches a trainer or an LRS', () => {
    const [statement] = recorded(block, { prompt: leaky, lang: 'en' }, { language: 'en' });
    if (!statement) throw new Error('no statement');
    const text = JSON.stringify(statement);
    expect(text).not.toContain('Benali');
    expect(text).not.toContain('1948');
    expect(statement.result).not.toHaveProperty('response');
    expect(statement.object.definition.interactionType).toBe('long-fill-in');
    expect(statement.result?.extensions).toEqual({
      'https://carelit.app/xapi/extensions/prompt-findings': {
        personalData: expect.any(Number),
        missingElements: expect.any(Array),
        criteriaMet: ['letter-to-gp', 'no-address'],
        criteriaMissed: ['placeholder', 'diagnosis'],
        copiedExpert: false,
      },
    });
    expect((statement.result?.extensions?.['https://carelit.app/xapi/extensions/prompt-findings'] as { personalData: number }).personalData).toBeGreaterThanOrEqual(2);
    expect(validateStatement(statement as never)).toEqual([]);
  });
});

describe('prompt-lab parts and report', () => {
  it('gives a verdict on each criterion of the task, each element of the rubric and the personal data left in', () => {
    const { parts } = scorePromptLab(block, { prompt: leaky, lang: 'en' });
    expect(parts.map((p) => p.id)).toEqual([
      'letter-to-gp',
      'placeholder',
      'diagnosis',
      'no-address',
      'role',
      'context',
      'task',
      'format',
      'constraints',
      'audience',
      'uncertainty',
      'personal-data',
      'own-words',
    ]);
    expect(parts.find((p) => p.id === 'personal-data')).toMatchObject({ correct: false });
    expect(parts.find((p) => p.id === 'task')).toMatchObject({ correct: true });
    expect(parts.find((p) => p.id === 'placeholder')).toMatchObject({ correct: false, must: 'include' });
  });

  it('reports the identifiers left in, the criteria missed and each missing element as mistakes, named in the reader’s language', () => {
    const [statement] = recorded(block, { prompt: leaky, lang: 'en' }, { language: 'en' });
    const mistakes = promptLab.answer!.report.mistakes(statement!);
    expect(mistakes.slice(0, 3)).toEqual([['personal-data'], ['placeholder'], ['diagnosis']]);
    expect(mistakes).toContainEqual(['role']);
    const labels = promptLab.answer!.report.labels(block).parts;
    expect(promptLab.answer!.report.describe(['role'], (id) => labels[id]!.nl)).toBe('Rol');
    expect(promptLab.answer!.report.describe(['placeholder'], (id) => labels[id]!.fr)).toBe('The placeholder criterion.');
  });

  it('reports a try copied from the expert’s prompt as a mistake of its own, first', () => {
    const copying = { ...block, expert: { prompt: t(complete), reasoning: t('Because…') } };
    const [statement] = recorded(copying, { prompt: complete, lang: 'en' }, { language: 'en' });
    expect(statement!.result?.score?.raw).toBe(0);
    expect(promptLab.answer!.report.mistakes(statement!)).toEqual([['own-words']]);
    const labels = promptLab.answer!.report.labels(copying).parts;
    expect(promptLab.answer!.report.describe(['own-words'], (id) => labels[id]!.nl)).toBe('Prompt van de expert overgenomen');
  });

  it('reads a try recorded before labs had criteria', () => {
    const [statement] = recorded(block, { prompt: leaky, lang: 'en' }, { language: 'en' });
    const extension = 'https://carelit.app/xapi/extensions/prompt-findings';
    const old = { ...statement!, result: { ...statement!.result, extensions: { [extension]: { personalData: 2, missingElements: ['role'] } } } };
    expect(promptLab.answer!.report.mistakes(old)).toEqual([['personal-data'], ['role']]);
    expect(() => promptLab.answer!.xapi.extensions[extension]!({ personalData: 2, missingElements: ['role'] })).not.toThrow();
    expect(() => promptLab.answer!.xapi.extensions[extension]!({ personalData: 2, missingElements: [], prompt: 'Mrs Benali' })).toThrow();
    expect(() => promptLab.answer!.xapi.extensions[extension]!({ personalData: 2, missingElements: [], criteriaMet: ['Mrs Benali'] })).toThrow();
  });
});

describe('a try copied from the expert’s prompt', () => {
  const lab = { ...block, expert: { prompt: t(complete), reasoning: t('Because…') } };
  const score = (prompt: string) => scorePromptLab(lab, { prompt, lang: 'en' });

  it('earns nothing and does not pass, even with a few words changed or a line of her own added', () => {
    expect(score(complete)).toMatchObject({ raw: 0, scaled: 0, correct: false });
    expect(score(complete.replace('hospital physician', 'internist').replace('250', '200'))).toMatchObject({ raw: 0, correct: false });
    expect(score(`Please help me. ${complete}`)).toMatchObject({ raw: 0, correct: false });
    expect(score(complete).parts).toContainEqual({ id: 'own-words', correct: false });
  });

  it('earns nothing when the expert’s prompt of another language is pasted', () => {
    const french = {
      ...lab,
      expert: {
        ...lab.expert,
        prompt: { ...lab.expert.prompt, fr: 'Vous êtes médecin. Rédigez une lettre de sortie pour le médecin généraliste de [PATIENT], traité pour une pneumonie.' },
      },
    };
    expect(scorePromptLab(french, { prompt: french.expert.prompt.fr, lang: 'en' })).toMatchObject({ raw: 0, correct: false });
  });

  it('leaves her own wording hers: the sample passes, and a short start sharing the expert’s words is judged on its task', () => {
    expect(score(lab.sample.en)).toMatchObject({ correct: true });
    expect(score(lab.sample.en).parts).toContainEqual({ id: 'own-words', correct: true });
    expect(score('You are a hospital physician.').parts).toContainEqual({ id: 'own-words', correct: true });
  });

  it('does not count what the task card and the source give her to quote', () => {
    const quoted = 'Summary of the stay of [PATIENT], treated for pneumonia with amoxicillin for seven days, then discharged home with oral antibiotics.';
    const withSource = {
      ...lab,
      source: t(quoted),
      expert: { prompt: t(`You are a hospital physician. ${quoted} Write the discharge letter to the GP.`), reasoning: t('Because…') },
    };
    const mine = `I work in internal medicine. ${quoted} Draft a discharge letter for the general practitioner, as a list, in 250 words at most.`;
    expect(scorePromptLab(withSource, { prompt: mine, lang: 'en' }).parts).toContainEqual({ id: 'own-words', correct: true });
  });
});

describe('a task’s criteria', () => {
  const check = (list: Criterion[], prompt: string, lang: 'fr' | 'nl' | 'en' = 'en') => checkCriteria(list, prompt, lang).map((c) => c.met);

  it('read cues without case or accents, a star for any ending, alternatives and parts in one sentence', () => {
    const list = [criterion('a', 'include', 'annul*'), criterion('b', 'include', 'exercice* + aucun / sans'), criterion('c', 'include', 'neerlandais')];
    expect(check(list, 'Dites comment ANNULER. Traduisez en néerlandais.', 'fr')).toEqual([true, false, true]);
    expect(check(list, 'Sans exercice ajouté.', 'fr')).toEqual([false, true, false]);
    // The parts of a cue must be in one sentence.
    expect(check(list, 'Trois exercices. Aucun jargon.', 'fr')).toEqual([false, false, false]);
    // Whole words only: "annulaire" is a ring finger, and the star stands for an ending.
    expect(check([criterion('a', 'include', 'annul')], 'Doigt annulaire.', 'fr')).toEqual([false]);
  });

  it('read the cues of the prompt’s language only', () => {
    const list: Criterion[] = [{ id: 'son', must: 'include', text: t('Her son.'), cues: { fr: ['fils'], nl: ['zoon'], en: ['son'] } }];
    expect(check(list, 'Explique-le à son mari.', 'fr')).toEqual([false]);
    expect(check(list, 'Explain it to her son.', 'en')).toEqual([true]);
  });

  it('refuse a lab with fewer than three criteria to meet, a criterion named like a part of every rubric, or a cue they cannot read', () => {
    const base = { ...block, criteria: block.criteria.slice(0, 2) };
    const issues = (b: unknown) => promptLabBlockSchema.safeParse(b).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues(base)).toEqual(['criteria: a prompt lab needs at least 3 criteria with "must: include" (found 2): what a good prompt for this task must do']);
    expect(issues({ ...block, criteria: [...block.criteria, criterion('role', 'include', 'role')] })).toEqual([
      'criteria.4.id: "role" names a part of every prompt\'s rubric: choose another id',
    ]);
    expect(issues({ ...block, criteria: [...block.criteria, criterion('odd', 'include', 'a*b')] })).toEqual([
      'criteria.4.cues.fr.0: the cue "a*b" has a * inside a word: it stands for the end of a word only',
      'criteria.4.cues.nl.0: the cue "a*b" has a * inside a word: it stands for the end of a word only',
      'criteria.4.cues.en.0: the cue "a*b" has a * inside a word: it stands for the end of a word only',
    ]);
    expect(issues({ ...block, criteria: [...block.criteria, criterion('odd', 'include', 'x + ')] })[0]).toMatch(/empty part/);
    expect(issues({ ...block, criteria: [...block.criteria, criterion('odd', 'include', '(?:x)')] })[0]).toMatch(/a sign a cue cannot have/);
  });

  it('make the checker refuse a lab whose sample does not pass, or repeats the expert’s prompt', () => {
    const context = { id: 'm', passingScore: 0.7, glossary: [] };
    const lab = { ...block, expert: { prompt: t(complete), reasoning: t('Because…') } };
    expect(promptLab.content.faults(lab, context)).toEqual([]);
    const messages = (sample: string) => promptLab.content.faults({ ...lab, sample: t(sample) }, context).map((f) => `${f.path.join('.')}: ${f.message}`);
    expect(messages(complete.replace('Context:', 'Background:'))).toEqual(
      (['fr', 'nl', 'en'] as const).map((lang) => `sample.${lang}: the sample (${lang}) repeats most of the expert prompt: write it in other words, as a learner would`),
    );
    expect(messages('I work as a hospital physician. Draft the discharge letter to the general practitioner.')[2]).toMatch(
      /^sample\.en: the sample \(en\) does not pass \(score \d+; criteria not met: placeholder, diagnosis\)/,
    );
  });

  it('make the checker refuse a lab whose own expert prompt does not meet them', () => {
    const faults = promptLab.content.faults({ ...block, expert: { prompt: t(complete), reasoning: t('Because…') } }, { id: 'm', passingScore: 0.7, glossary: [] });
    expect(faults).toEqual([]);
    const failing = promptLab.content.faults(
      { ...block, expert: { prompt: t(complete.replace('[PATIENT]', 'the patient')), reasoning: t('Because…') } },
      { id: 'm', passingScore: 0.7, glossary: [] },
    );
    expect(failing.map((f) => `${f.path.join('.')}: ${f.message}`)).toEqual([
      'criteria.1.cues.fr: the expert prompt (fr) does not meet the criterion "placeholder": check its cues',
      'criteria.1.cues.nl: the expert prompt (nl) does not meet the criterion "placeholder": check its cues',
      'criteria.1.cues.en: the expert prompt (en) does not meet the criterion "placeholder": check its cues',
    ]);
  });

  it('make the checker say so when the expert prompt or the sample meets them only in a list of the lab’s words', () => {
    const context = { id: 'm', passingScore: 0.7, glossary: [] };
    const listing = 'You are a hospital physician. Write a short text as a list, at most 250 words, for the GP. If unsure, say so.\nDischarge letter; [PATIENT]; pneumonia.';
    const messages = (lab: PromptLabBlock) => promptLab.content.faults(lab, context).map((f) => `${f.path.join('.')}: ${f.message}`);
    const expert = messages({ ...block, expert: { prompt: t(listing), reasoning: t('Because…') } });
    expect(expert).toHaveLength(9);
    expect(expert.slice(6)).toEqual([
      'expert.prompt.en: the expert prompt (en) does not meet the criterion "letter-to-gp": its cues "Discharge letter" are only in a list of the lab\'s words; say what to do with them',
      'expert.prompt.en: the expert prompt (en) does not meet the criterion "placeholder": its cues "[PATIENT]" are only in a list of the lab\'s words; say what to do with them',
      'expert.prompt.en: the expert prompt (en) does not meet the criterion "diagnosis": its cues "pneumonia" are only in a list of the lab\'s words; say what to do with them',
    ]);
    expect(messages({ ...block, expert: { prompt: t(complete), reasoning: t('Because…') }, sample: t(listing) })[2]).toBe(
      'sample.en: the sample (en) does not pass (score 0; criteria not met: letter-to-gp (its cues "Discharge letter" are only in a list of the lab\'s words), ' +
        'placeholder (its cues "[PATIENT]" are only in a list of the lab\'s words), diagnosis (its cues "pneumonia" are only in a list of the lab\'s words)): ' +
        "a learner's own wording must be able to pass",
    );
  });
});

describe('a list of the lab’s words', () => {
  /** Every element of a good prompt and nothing of this task: what a list of its words is added to. */
  const generic = 'You are a nurse. Context: I work on a ward. Write a short text as a list, at most 100 words, for patients. If unsure, say so.';
  const includes = block.criteria.filter((c) => c.must === 'include');
  const verdicts = (prompt: string, list: readonly Criterion[] = block.criteria, lang: 'fr' | 'nl' | 'en' = 'en') =>
    checkCriteria(list, prompt, lang).map(({ id, met, listed }) => (listed ? { id, met, listed } : { id, met }));
  const refused = (...words: string[][]) => includes.map(({ id }, i) => ({ id, met: false, listed: words[i] }));
  const met = (list: readonly Criterion[] = includes) => list.map(({ id }) => ({ id, met: true }));

  it('counts for no criterion when three criteria’s words follow one another, whatever joins them; the words are quoted as she wrote them', () => {
    for (const join of [', ', ' ', ' and ', '; ', ' / ', ', the ']) {
      const prompt = `${generic}\nDischarge letter${join}[PATIENT]${join}pneumonia.`;
      expect([join, verdicts(prompt, includes)]).toEqual([join, refused(['Discharge letter'], ['[PATIENT]'], ['pneumonia'])]);
    }
    // After a filler verb or a heading, they are still a list.
    expect(verdicts(`${generic}\nWrite discharge letter [PATIENT] pneumonia.`, includes)).toEqual(refused(['discharge letter'], ['[PATIENT]'], ['pneumonia']));
    expect(verdicts(`${generic}\nKeywords: heart failure, [Patient], letter, GP.`, includes)).toEqual(refused(['letter', 'GP'], ['[Patient]'], ['heart failure']));
  });

  it('counts for no criterion when statements stand as the items of a list: alone, under headings, numbered, or the same but for the lab’s words', () => {
    for (const list of [
      'Discharge letter.\n[PATIENT].\nPneumonia.',
      '- discharge letter\n- [PATIENT]\n- pneumonia',
      'Task: discharge letter.\nContext: [PATIENT].\nFormat: pneumonia.',
      'Write discharge letter. Write [PATIENT]. Write about pneumonia.',
      'Discharge letter. Discharge letter. [PATIENT]. Pneumonia.',
    ]) {
      expect([list, verdicts(`${generic}\n${list}`, includes).every((v) => !v.met && v.listed!.length > 0)]).toEqual([list, true]);
    }
  });

  it('counts the words of one statement of her own, however short, of a phrase, and of two criteria together', () => {
    // Each in a statement of her own, even with nothing but a verb: telling "Write DOI" from "Give a DOI" needs the meaning of the words.
    expect(verdicts(`${generic}\nWrite the discharge letter. Mention [PATIENT]. Note the pneumonia.`, includes)).toEqual(met());
    // One statement joining them with grammar words is a phrase, not a list.
    expect(verdicts('Discharge letter for [PATIENT] with pneumonia.', includes)).toEqual(met());
    // Two criteria's words together, or two statements of them alone, are not a list: honest prompts have both.
    expect(verdicts(`${generic}\nWrite the discharge letter for the GP.\n[PATIENT], pneumonia.`, includes)).toEqual(met());
    expect(verdicts(`${generic}\nWrite the discharge letter for the GP.\n[PATIENT].\nPneumonia.`, includes)).toEqual(met());
    expect(verdicts(complete, includes)).toEqual(met());
    // Her prompt pasted twice: each statement is the same as another, and still one statement.
    expect(verdicts(`${complete}\n${complete}`, includes)).toEqual(met());
    expect(verdicts('Discharge letter for [PATIENT]: pneumonia.\nDischarge letter for [PATIENT]: pneumonia.', includes)).toEqual(met());
  });

  it('still breaks an exclusion with its words in a list', () => {
    expect(verdicts(`${generic}\nDischarge letter, [PATIENT], pneumonia, address.`)).toEqual([
      ...refused(['Discharge letter'], ['[PATIENT]'], ['pneumonia']),
      { id: 'no-address', met: false },
    ]);
  });

  it('reads the grammar words of French and Dutch', () => {
    const french = [criterion('lettre', 'include', 'lettre de sortie'), criterion('espace', 'include', '[patient*'), criterion('diagnostic', 'include', 'pneumonie')];
    expect(verdicts('Rédigez la lettre de sortie pour [PATIENT], qui a eu une pneumonie.', french, 'fr')).toEqual(met(french));
    expect(verdicts('Rédigez un texte.\nLa lettre de sortie, le [PATIENT] et la pneumonie.', french, 'fr').every((v) => v.listed)).toBe(true);
    expect(verdicts('Rédigez un texte.\nLettre de sortie.\n[PATIENT].\nPneumonie.', french, 'fr').map((v) => v.listed)).toEqual([
      ['Lettre de sortie'],
      ['[PATIENT]'],
      ['Pneumonie'],
    ]);
    const dutch = [criterion('brief', 'include', 'ontslagbrief'), criterion('plaatshouder', 'include', '[patient*'), criterion('diagnose', 'include', 'pneumonie')];
    expect(verdicts('Schrijf de ontslagbrief voor [PATIËNT], die een pneumonie had.', dutch, 'nl')).toEqual(met(dutch));
    expect(verdicts('Schrijf een tekst.\nDe ontslagbrief, [PATIËNT] en pneumonie.', dutch, 'nl').map((v) => v.listed)).toEqual([['ontslagbrief'], ['[PATIËNT]'], ['pneumonie']]);
  });

  it('scores a try whose words are all in a list 0, and says in its parts which words they were', () => {
    const outcome = scorePromptLab(block, { prompt: `${generic}\nDischarge letter, [PATIENT], pneumonia.`, lang: 'en' });
    expect(outcome).toMatchObject({ raw: 0, correct: false });
    expect(outcome.parts.filter((p) => 'must' in p)).toEqual([
      { id: 'letter-to-gp', correct: false, must: 'include', listed: ['Discharge letter'] },
      { id: 'placeholder', correct: false, must: 'include', listed: ['[PATIENT]'] },
      { id: 'diagnosis', correct: false, must: 'include', listed: ['pneumonia'] },
      { id: 'no-address', correct: true, must: 'exclude' },
    ]);
  });
});

import { at, covered, found } from './found';

describe('names of persons', () => {
  describe('after a title, one word is enough', () => {
    it.each([
      ['fr', 'Rédige une lettre pour Mme Dupont.', 'Dupont'],
      ['fr', 'Madame Marie Dupont est sortie.', 'Marie Dupont'],
      ['fr', 'Voir avec M. Dupont demain.', 'Dupont'],
      ['fr', 'Monsieur Jean-Pierre Van den Broeck, 80 ans', 'Jean-Pierre Van den Broeck'],
      ['fr', 'Mlle Léa Martin arrive.', 'Léa Martin'],
      ['fr', 'Avis du Dr Peeters.', 'Peeters'],
      ['fr', 'Le Docteur Janssens a prescrit.', 'Janssens'],
      ['fr', 'Le Pr Vanden Bossche supervise.', 'Vanden Bossche'],
      ['fr', 'Courrier pour Mme DUPONT Marie', 'DUPONT Marie'],
      ['nl', 'Bel mevrouw Janssens terug.', 'Janssens'],
      ['nl', 'Brief voor mevr. De Smet.', 'De Smet'],
      ['nl', 'Meneer El Idrissi is gevallen.', 'El Idrissi'],
      ['nl', 'Verslag van dhr. Ben Ali.', 'Ben Ali'],
      ['nl', 'Mevrouw van Dijk woont alleen.', 'van Dijk'],
      ['en', 'Write to Mr Smith.', 'Smith'],
      ['en', 'Mrs. Jones was admitted.', 'Jones'],
      ['en', 'Ms Taylor and her son', 'Taylor'],
      ['en', 'Miss Brown asked for her results.', 'Brown'],
      ['en', 'Referred by Dr. J. Peeters.', 'J. Peeters'],
      ['en', "Mr Smith's wife called.", 'Smith'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });
  });

  describe('after a patient cue, a naming word or a form label', () => {
    it.each([
      ['fr', 'La patiente Dupont refuse le traitement.', 'Dupont'],
      ['fr', 'Une dame nommée Fatima Benali appelle.', 'Fatima Benali'],
      ['fr', 'Nom : DUPONT', 'DUPONT'],
      ['nl', 'De patiënt Jan Peeters heeft pijn.', 'Jan Peeters'],
      ['nl', 'Patiënte Janssens heeft koorts.', 'Janssens'],
      ['nl', 'Een man genaamd Peeters belt.', 'Peeters'],
      ['en', 'Patient: Jan Peeters', 'Jan Peeters'],
      ['en', 'The patient John Smith is 80.', 'John Smith'],
      ['en', 'A man named Smith called.', 'Smith'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });
  });

  describe('a "Firstname Lastname" pair with a cue nearby or an age after it', () => {
    it.each([
      ['fr', 'Écris une lettre pour Marie Dupont.', 'Marie Dupont'],
      ['fr', 'Visite chez Kurt Vermeulen ce matin.', 'Kurt Vermeulen'],
      ['fr', 'Appelle ma collègue Sophie Lambert.', 'Sophie Lambert'],
      ['fr', 'Dupont Anna, 82 ans, chute à domicile.', 'Dupont Anna'],
      ['fr', 'Marie Dupont est hospitalisée depuis lundi.', 'Marie Dupont'],
      ['nl', 'Schrijf een brief voor Jan Peeters.', 'Jan Peeters'],
      ['nl', 'Jan Peeters, 67 jaar, diabetes type 2.', 'Jan Peeters'],
      ['nl', 'Huisbezoek bij Kurt Vermeulen.', 'Kurt Vermeulen'],
      ['en', 'Write a discharge letter for John Smith.', 'John Smith'],
      ['en', 'Kowalski Piotr, 45 years, was admitted.', 'Kowalski Piotr'],
      ['en', 'A note for Marie.', 'Marie'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });
  });

  describe('a person named by a relation, or followed by what only a person has', () => {
    it.each([
      ['fr', 'Explique le vaccin aux parents de Yanis Benali.', 'Yanis Benali'],
      ['fr', 'Le bébé Ines Vandamme pleure la nuit.', 'Ines Vandamme'],
      ['nl', 'Schrijf een brief voor de ouders van Tuur Claes.', 'Tuur Claes'],
      ['nl', 'Nieuwe gerechtigde: Ysaline Peeters, geboren in 2004.', 'Ysaline Peeters'],
      ['en', 'A leaflet for the parents of Kenzo Lambrecht.', 'Kenzo Lambrecht'],
      ['en', 'Echo report of baby Lowie Maes.', 'Lowie Maes'],
      ['en', 'New holder: Verhoeven Quirine, NISS pending.', 'Verhoeven Quirine'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });
  });

  describe('without a title: lists, sign-offs, introductions, call-backs, relatives, SURNAME Firstname', () => {
    it.each([
      ['nl', 'Overdracht:\n- Nina Oberholzer, kamer 3, val.\n- Geen andere.', 'Nina Oberholzer'],
      ['fr', 'Liste :\n2) Romane Delvaux – ch. 14, diabète', 'Romane Delvaux'],
      ['fr', 'Merci.\nCordialement,\nRomane Delvaux\nInfirmière', 'Romane Delvaux'],
      ['en', 'Kind regards, Ada Kovac', 'Ada Kovac'],
      ['en', 'Best regards,\nTadhg Brennan', 'Tadhg Brennan'],
      ['nl', 'Met vriendelijke groeten,\n\nWout Segers', 'Wout Segers'],
      ['fr', 'Bonjour, je suis Inès Carlier, infirmière.', 'Inès Carlier'],
      ['nl', 'Hallo, ik ben Thi Lan Nguyen van de thuiszorg.', 'Thi Lan Nguyen'],
      ['en', "Hi, I'm Ruairi Quinn from ward 5.", 'Ruairi Quinn'],
      ['en', 'hi its Dana Whitlock here', 'Dana Whitlock'],
      ['en', 'Hello, this is Colm Brennan calling about his mother.', 'Colm Brennan'],
      ['fr', 'Peux-tu rappeler Julie Renard demain ?', 'Julie Renard'],
      ['nl', 'Bel Wout Segers terug voor 17u.', 'Wout Segers'],
      ['en', 'Please call back Amy Hartigan today.', 'Amy Hartigan'],
      ['fr', 'Sa fille, Lise Moreau, appelle.', 'Lise Moreau'],
      ['nl', 'Dochter Sanne Verbist komt morgen.', 'Sanne Verbist'],
      ['en', 'His daughter Orla Keane visits daily.', 'Orla Keane'],
      ['nl', 'Overdracht PEETERS Jan, kamer 12.', 'PEETERS Jan'],
      ['en', "Yesterday O'SULLIVAN Conor was admitted.", "O'SULLIVAN Conor"],
      ['fr', 'Résumé pour NGUYEN Thi Lan.', 'NGUYEN Thi Lan'],
      ['fr', '1. VERHAEGEN Odile – chute', 'VERHAEGEN Odile'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });

    it.each([
      ['en', 'Topics:\n- Heart Failure, management\n1. Blood Pressure – target 130/80'],
      ['en', 'Best regards,\nThe ICU Team'],
      ['en', 'Best regards, Nursing Team'],
      ['en', 'This is Standard Practice.'],
      ["en", "I'm Tired Of This."],
      ['fr', 'je suis Infirmière à Bruxelles'],
      ['en', 'Call Emergency Services first.'],
      ['en', 'SBAR Communication for nurses, ICU Nurses and COPD Patients.'],
      ['fr', 'Explique BPCO Stade 3 et les Formulaires INAMI.'],
      ['en', 'URGENT CARE Unit protocol; MRI Brain without contrast; ECG Monitoring.'],
      ['en', 'Use the SBAR Template and the ISBAR Tool.'],
      ['en', 'WHO Guidelines on Hand Hygiene.'],
    ] as const)('%s: never a name: "%s"', (lang, text) => {
      expect(covered(text, lang)).toEqual([]);
    });
  });

  it('finds every name in a longer prompt, sorted by position', () => {
    const text = 'Mme Dupont vit avec son fils Marc Dupont ; le Dr Peeters passe lundi.';
    expect(found(text, 'fr')).toEqual([at(text, 'Dupont', 'name'), at(text, 'Marc Dupont', 'name'), at(text, 'Peeters', 'name')]);
  });

  describe('never a name', () => {
    it.each([
      ['fr', 'Bonjour. Rédige une lettre. Explique le traitement.'],
      ['fr', 'Patiente de 67 ans, vue à Bruxelles, Anderlecht, Schaerbeek, Etterbeek, Ixelles et Uccle.'],
      ['fr', 'Transfert du CHU Saint-Pierre vers Erasme ou Saint-Luc, remboursé par l’INAMI et la Mutualité chrétienne.'],
      ['fr', 'Pour Noël, en Janvier ou le Lundi : Metformine 500 mg, Dafalgan 1 g.'],
      ['fr', 'Maladie de Parkinson, syndrome de Down, patient BPCO.'],
      ['fr', 'Le Médecin et l’Infirmière de garde.'],
      ['fr', 'Selon Dr. Google, ou Dr Google, ce n’est rien.'],
      ['fr', 'Rédige une lettre pour [PATIENT], Mme [NOM].'],
      ['nl', 'Verwijzing naar UZ Brussel, Brussel, Elsene, Molenbeek, Jette en Ukkel via het RIZIV.'],
      ['nl', 'De Verpleegkundige belt voor Diabetes Type 2.'],
      ['nl', 'Ziekte van Alzheimer; dhr. [NAAM]; de [PATIËNT].'],
      ['fr', 'Plan de Soins Infirmiers pour Patient Diabétique'],
      ['fr', 'Mon patient de Chambre 12 a mal.'],
      ['en', 'Discharge Summary for Cardiology Patients with Diabetes and Heart Failure.'],
      ['en', 'Explain the Glasgow Coma Scale to Nursing Students.'],
      ['en', 'Empagliflozin in heart failure with a Reduced Ejection Fraction.'],
      ['fr', 'Douleur EVA 7/10, échelle ENA, score MMSE 24/30.'],
      ['en', 'Write for Monday, in January, in Brussels.'],
      ['en', 'Ask ChatGPT or Copilot, not Google.'],
    ] as const)('%s: "%s"', (lang, text) => {
      expect(covered(text, lang)).toEqual([]);
    });
  });
});

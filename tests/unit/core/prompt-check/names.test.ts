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
      ['en', "I'm Tired Of This."],
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

  describe('a first name alone in the opening or the closing of a message', () => {
    it.each([
      ['fr', '« Salut Maëlle,\nTu peux me garder les slides ?\nBonne journée,\nOphélie »', ['Maëlle', 'Ophélie']],
      ['fr', 'Bonjour Aurélie, merci pour ton message. Bien à vous,\nNathalie', ['Aurélie', 'Nathalie']],
      ['nl', "'Dag Joke,\nDe planning klopt niet.\nGroetjes,\nHannelore'", ['Joke', 'Hannelore']],
      ['nl', 'Beste Wendy,\nIk ben morgen afwezig.\nMvg,\nTine', ['Wendy', 'Tine']],
      ['en', '"Hey Priyanka,\nThanks for covering my shift.\nCheers,\nDeclan"', ['Priyanka', 'Declan']],
      ['en', 'Good morning Siobhan,\nCan you cover bay 3?\nMany thanks,\nRhys', ['Siobhan', 'Rhys']],
    ] as const)('%s: "%s"', (lang, text, names) => {
      expect(found(text, lang)).toEqual(names.map((name) => at(text, name, 'name')));
    });

    it.each([
      ['en', 'Hi Claude, write a leaflet for our ward. Thanks, Claude!'],
      ['fr', 'Bonjour ChatGPT, rédige un mail qui commence par « Chers collègues, ».'],
      ['en', 'Dear Colleague,\nDear Hiring Manager,\nDear Caregiver,\nHello Nurses, Hi All,'],
      ['nl', 'Beste Ouder,\nUw kind krijgt morgen een vaccin.\nDag allemaal!'],
      ['fr', 'Bonjour Madame,\nmerci.\nBien à vous,\nLa Direction'],
      ['en', 'Best Practice\nGuidelines for wound care.\nKind regards,\nSecretariat'],
      ['nl', 'Merci,\nPhysio\nGroetjes,\nDienst Geriatrie'],
      ['fr', "Merci d'avance,\nBonne Journée à Tous"],
    ] as const)('%s: a greeting to the AI tool, a group or a role is no name: "%s"', (lang, text) => {
      expect(covered(text, lang)).toEqual([]);
    });
  });

  describe('self-introductions on the phone and signatures', () => {
    it.each([
      ['fr', 'Bonjour, ici Gwendoline Ravet, la fille de la patiente.', 'Gwendoline Ravet'],
      ['fr', '« Ici Gwendoline Ravet, pouvez-vous me rappeler ? »', 'Gwendoline Ravet'],
      ['en', 'This is Morwenna Tait here, calling about my father.', 'Morwenna Tait'],
      ['nl', 'graag nazicht urologie. Merci! dr. An Verstraeten', 'An Verstraeten'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });
  });

  describe('a lower-case surname after a title typed in haste', () => {
    it.each([
      ['fr', 'mme claes ch 12 chute cette nuit', 'claes'],
      ['nl', 'mevr peeters k12 gevallen', 'peeters'],
      ['en', 'mr kowalczyk bed 3 post-op day 1', 'kowalczyk'],
      ['nl', 'dhr van den bossche k14 koorts', 'van den bossche'],
      ['fr', 'mlle ndiaye lit 4 douleur 7/10', 'ndiaye'],
      ['fr', 'mme claes a chuté', 'claes'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang)).toEqual([at(text, name, 'name')]);
    });

    it.each([
      ['fr', 'mme refuse son traitement depuis hier.'],
      ['fr', 'mme vomit ce matin ; mme déambule dans le couloir ; mme informée.'],
      ['nl', 'mevr weigert haar medicatie. mevr is gevallen. dhr wil naar huis.'],
      ['en', 'mr desaturates to 88 % on exertion; mr and mrs are welcome.'],
      ['fr', 'le dr traitant, le dr de garde, madame refuse, monsieur souffre.'],
      ['en', 'QRS 120 ms duration.'],
    ] as const)('%s: a verb or a noun after the title is no surname: "%s"', (lang, text) => {
      expect(covered(text, lang)).toEqual([]);
    });
  });

  describe('SURNAME, Firstname, as result headers and lists write them', () => {
    it.each([
      ['fr', 'NIP : 7734521 — LEROY, Thomas — résultats', 'LEROY, Thomas'],
      ['nl', 'Klinisch labo | DE WINTER, Lotte | 1992-04-17', 'DE WINTER, Lotte'],
      ['en', 'Whitlock, Samuel, 1950-01-12: INR 4.2 on warfarin.', 'Whitlock, Samuel'],
      ['fr', 'Rapport : Gillard, Étienne – 02/11/1958 – PSA 6,8 ng/mL', 'Gillard, Étienne'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang).filter((f) => f.type === 'name')).toEqual([at(text, name, 'name')]);
    });

    it('leaves a street after a name to the address', () => {
      const text = 'Huisbezoek bij meneer Vermeulen, Vossenplein 3, 1000 Brussel.';
      expect(covered(text, 'nl')).toEqual(['name: Vermeulen', 'address: Vossenplein 3, 1000 Brussel']);
    });
  });

  describe('names in a list of patients: after a time slot, before an age', () => {
    it.each([
      ['en', 'Clinic list of patients:\n- 10h30 Harriet Blackwood – dressing\n- 11:15 Luis dos Santos – fasting bloods', ['Harriet Blackwood', 'Luis dos Santos']],
      ['fr', 'Mes patients de cet après-midi :\n14h00 Clémence Vandevelde – plaie\n14h30 Bastien Lerouge – injection', ['Clémence Vandevelde', 'Bastien Lerouge']],
      ['nl', 'Afspraken (patiënten):\n09:00 Wannes Goethals – controle\n10:15 Jorinde Van Acker – pomp', ['Wannes Goethals', 'Jorinde Van Acker']],
      ['en', 'Triage these (name / age / reason): Bernard Ashworth, 90, fall Keisha Morgan, 52, chest pain', ['Bernard Ashworth', 'Keisha Morgan']],
      ['fr', 'Liste des résidents (nom, âge, motif) : Paulette Hanquet, 93, chute ; Roger Lhoest, 88, dénutrition.', ['Paulette Hanquet', 'Roger Lhoest']],
      ['nl', 'Overdracht:\n- Pascale Meeus, patiëntnr. 4418290, infuus\n- Laetitia Moens – +32 496 24 11 80', ['Pascale Meeus', 'Laetitia Moens']],
    ] as const)('%s: "%s"', (lang, text, names) => {
      expect(found(text, lang).filter((f) => f.type === 'name')).toEqual(names.map((name) => at(text, name, 'name')));
    });

    it.each([
      ['en', 'Schedule for our patients:\n09:00 Welcome – coffee\n10:30 Hand Hygiene – workshop\n13:00 Lunch\n14:00 Pain Management – cases'],
      [
        'fr',
        "Planning des patients de l'hôpital de jour :\n8h30 Prise de Sang – salle 1\n9h00 Chimiothérapie – fauteuils\n12h00 Repas\n13h30 Kinésithérapie Respiratoire – salle 4",
      ],
      ['nl', 'Dagplanning voor de bewoners:\n09:00 Ochtendgymnastiek – refter\n10:30 Koffie en Krant\n14:00 Bingo Namiddag – cafetaria'],
      ['fr', 'Pour les patients : Escarre Sacrée, 3, stade 2 ; Ulcère Veineux, 5, pansement.'],
      ['fr', 'Pour nos patients : Nouvelles Recommandations – 01/03/2025 ; Heart Failure – 12/03/2019.'],
    ] as const)('%s: a day\'s plan or a list of wounds is no list of names: "%s"', (lang, text) => {
      expect(covered(text, lang)).toEqual([]);
    });
  });

  describe('a child or a relative named by a first name alone', () => {
    it.each([
      ['fr', "Un mot pour l'école : son fils Timéo doit prendre du salbutamol.", 'Timéo'],
      ['nl', 'Haar zoontje Jasper (4 jaar) heeft waterpokken.', 'Jasper'],
      ['en', 'A mother asks about her son Alfie, 2, who has a fever.', 'Alfie'],
      ['fr', 'Sa petite-fille Elsa vient le dimanche.', 'Elsa'],
      ['fr', 'Son mari, Gérard, est diabétique.', 'Gérard'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang).filter((f) => f.type === 'name')).toEqual([at(text, name, 'name')]);
    });

    it.each([
      ['fr', 'son Dafalgan, son Xeplion et son Alzheimer'],
      ['en', 'Write to her son about the Hospital at Home programme.'],
      ['en', 'Kind regards and kind Words.'],
    ] as const)('%s: "son" as "his", "kind" as "kind": "%s"', (lang, text) => {
      expect(covered(text, lang)).toEqual([]);
    });
  });

  describe('a patient named after a room or a bed', () => {
    it.each([
      ['en', 'Room 608, Derek Halloran, 79, MRN 4417720, post-op day 2.', 'Derek Halloran'],
      ['fr', 'Chambre 21, Liliane Stassart, 85, Alzheimer.', 'Liliane Stassart'],
      ['nl', 'Kamer 5.12 – Gilbert Wuyts, 82, opnamenr 2025-33017.', 'Gilbert Wuyts'],
      ['en', 'Bed 7 – Rosalind Achterberg, 67, NISS pending', 'Rosalind Achterberg'],
    ] as const)('%s: "%s"', (lang, text, name) => {
      expect(found(text, lang).filter((f) => f.type === 'name')).toEqual([at(text, name, 'name')]);
    });

    it.each([
      ['en', 'Room 12, Palliative Care: a leaflet. Room 4, Bay 2: Oxygen Therapy, 2 L/min.'],
      ['fr', 'Chambre 208 : Précautions Gouttelettes, 5 jours. Lit 3 – Matelas Alternating, 48 h.'],
      ['en', 'Room 14 – Negative Pressure, 12 air changes; Braden Score, 14, and the Glasgow Coma Scale, 8.'],
    ] as const)('%s: a room\'s use or a score is no patient: "%s"', (lang, text) => {
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

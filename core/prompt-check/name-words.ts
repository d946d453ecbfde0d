/**
 * Word lists for the name detector, folded (lower case, no accents, see tokens.ts `fold`).
 * Kept apart from the detector so that a reviewer can add a word without reading the logic.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Words before a name: "Mme Dupont", "dhr. Peeters", "Dr J. Martin". Case-sensitive titles are in names.ts. */
export const TITLES = words(`
  madame monsieur mademoiselle mme mlle mmes docteur dokter doctor professeur professor prof dr pr
  mevrouw mevr meneer mijnheer dhr heer zuster soeur sister
`);

/** "patiente Dupont", "de patiënt Jan Peeters", "Patient: Jan Peeters": one word after them is a name. */
export const PATIENT_CUES = words(`
  patient patiente resident residente bewoner bewoonster client cliente zorgvrager beneficiaire
`);

/** "nommée Dupont", "genaamd Peeters", "named Smith". */
export const NAMING_CUES = words(`
  nomme nommee prenomme prenommee appele appelee surnomme surnommee s'appelle m'appelle t'appelle
  genaamd heet heette named called
`);

/** Form labels, a name after a colon: "Nom : Dupont", "Naam: Peeters". */
export const LABEL_CUES = words(`nom prenom naam voornaam achternaam familienaam name surname`);

/**
 * Weaker cues: "pour Jan Peeters", "bij Marie Dupont", "à Sophie Lambert". After them a name
 * needs two words (or a known first name), because "pour Noël" or "voor Diabetes" are not names.
 * ("à" is matched as written in names.ts: folded, it would be the English article.)
 */
export const NEARBY_CUES = words(`pour chez avec par voor bij met door aan for with by to`);

/**
 * People named by their relation to someone: "collègue Marc Dubois", "baby Amira Haddou", and
 * with "de", "van", "of" after them, "les parents de Nour Diallo", "the parents of Leo Martens".
 * The same rule as NEARBY_CUES applies.
 */
export const RELATIONS = words(`
  collegue collega colleague infirmiere infirmier verpleegkundige nurse medecin arts huisarts doctor kine
  mere pere fils fille epouse epoux mari conjoint conjointe moeder vader zoon dochter echtgenote echtgenoot partner
  mother father son daughter wife husband voisin voisine buurman buurvrouw neighbour neighbor ami amie vriend vriendin friend
  enfant enfants bebe baby child kind parents ouders petit-fils petite-fille kleinzoon kleindochter grandson granddaughter
  frere broer brother zus tante oncle oom aunt uncle neveu niece
`);

/** The last word of an e-mail sign-off, a name after it on the same or the next line: "Kind regards,\nSarah Dumont". */
export const SIGN_OFFS = words(`
  cordialement salutations regards groeten groet sincerely faithfully mvg
`);

/**
 * Closings that are ordinary words elsewhere ("merci", "best", "journée"): a sign-off only when
 * the phrase starts its line or sentence and a comma or a line break separates it from the name,
 * "Bonne journée,\nNathalie", "Cheers, Bram", "Groetjes, Jo" (not "Best Practice").
 * Each phrase is folded words separated by spaces; the last word is the one the detector meets.
 */
export const SIGN_OFF_PHRASES: readonly string[] = `
  bien a vous|bonne journee|bonne soiree|bonne fin de journee|bon week-end|a bientot|a demain|bises|bisous|amities|merci|merci beaucoup|merci d'avance
  groetjes|groetjes en dank|fijne dag|prettige dag|fijn weekend|tot ziens|tot straks|tot morgen|bedankt|alvast bedankt|dank je|dank u|dank je wel|dank u wel|met dank
  cheers|thanks|thank you|many thanks|thanks again|best|best wishes|all the best|warm wishes|take care|love|see you
`
  .trim()
  .split(/\s*[|\n]\s*/);

/** Asking to call someone back: "rappeler Julie Renard", "bel Wout Segers terug", "call Amy Hart back". */
export const CALL_CUES = words(`
  rappeler rappelle rappelez recontacter recontactez contacter contactez telephoner
  bel bellen opbellen terugbellen contacteer call phone ring contact
`);

/** Greetings before a self-introduction: "Hi, it's Tom Baert", "Hello, this is …". */
export const GREETINGS = words(`hi hello hey hallo bonjour salut dag goedemorgen goeiedag`);

/**
 * Openings of a letter or an e-mail, a name right after them: "Bonjour Aurélie,", "Dag Joke,",
 * "Dear Sam,", "Chère Odile,". Includes GREETINGS; "cher" and "beste" are also adjectives, which
 * is why the detector wants them at the start of a line or a sentence.
 */
export const SALUTATIONS = words(`
  hi hello hey hiya hallo hoi bonjour bonsoir salut coucou dag goedemorgen goeiemorgen goedemiddag goedenavond goeiedag
  dear dearest cher chere beste lieve geachte morning
`);

/** The AI tool a prompt greets or thanks, "Hi Claude," "Merci Gemini": a name after a greeting, but not a person's. */
export const AI_ASSISTANTS = words(`claude gemini copilot chatgpt mistral perplexity bard siri alexa llama grok deepseek`);

/**
 * Relatives whose first name alone is enough after them: "her son Lucas", "zoontje Lucas", "son fils
 * Lucas". "son" (French "his"), "kind" (English "kind") and "partner" (an organisation) are left
 * out: they count only in RELATIONS, with two name words after them.
 */
export const FAMILY = words(`
  mere pere fils fille epouse epoux mari conjoint conjointe maman papa moeder vader mama zoon dochter echtgenote echtgenoot
  mother father daughter wife husband mum mom dad enfant bebe baby child petit-fils petite-fille kleinzoon kleindochter
  grandson granddaughter frere broer brother zus zusje tante oncle oom aunt uncle neveu niece nephew beau-fils belle-fille
  schoonzoon schoondochter stepson stepdaughter zoontje dochtertje kleinzoontje kleindochtertje broertje kindje baby'tje
  fiston filleul filleule petekind godson goddaughter
`);

/**
 * First names that are also common capitalised words ("An", "Mark", "Will", "May", "Rose"): a
 * first name only after a strong cue (a title, a greeting, a relative) and before a surname,
 * "dr. An Verstraeten".
 */
export const AMBIGUOUS_FIRST_NAMES = words(`an mark will may rose roos hope grace eve guy bill art joy faith dawn`);

/**
 * Lower-case words that follow a title typed in haste without being a surname: "mme refuse son
 * traitement", "mevr weigert", "mr is stable", "dhr van kamer 3". A lower-case word after "mme",
 * "mevr" or "mr" is a surname ("mme claes") unless it is one of these or a word of NOT_NAMES.
 */
export const NOT_LOWER_SURNAMES = words(`
  est etait sera a avait aura va allait doit devait peut pouvait veut voulait vient venait fait faisait dit disait se s'est
  ne n'a n'est n'y y en lui elle il qui que dont et ou mais donc car ni sans avec pour par sur sous chez dans vers apres avant
  refuse refusait presente presentait souffre souffrait prend prenait dort dormait mange mangeait boit tousse chute tombe
  tombait sort sortait rentre rentrait arrive arrivait part partait demande demandait appelle appelait sonne signale
  se plaint reste restait vit vivait habite marche mobilise ressent semble parait pleure crie parle repond comprend
  agee age ages confuse confus calme agitee agite stable alerte fatiguee fatigue douloureuse algique febrile
  chambre ch lit box etage service unite salle
  informe informee prevenu prevenue averti avertie appele appelee contacte contactee vu vue revu revue sortie entree
  is was wordt werd zal zou heeft had krijgt kreeg neemt nam moet moest kan kon wil wou wilde mag gaat ging komt kwam zegt zei
  ligt lag zit zat slaapt sliep eet at drinkt hoest valt viel weigert weigerde klaagt voelt is loopt liep belt vraagt vroeg
  wenst blijft bleef woont lijkt toont reageert roept huilt praat antwoordt begrijpt
  en of maar dus want die dat wie wat met zonder voor door op aan in uit naar bij na nog al ook niet geen
  oud oude verward onrustig stabiel alert moe pijnlijk koortsig kamer bed afdeling verdieping lokaal
  verwittigd gebeld ingelicht geinformeerd gezien opgenomen ontslagen
  are were be been being has have had will would can could may might must should shall does did says said takes took gets got
  goes went comes came
  lives lived wants wanted needs needed refuses refused feels felt looks seems sleeps slept eats ate drinks coughs fell falls
  complains asks asked calls called remains stays stayed walks walked reports reported denies denied appears
  and or but so with without to from at on in into of for by about after before then also not no still
  old elderly confused agitated stable alert tired unwell
  room bed bay ward floor unit side
  informed called notified contacted seen aware admitted discharged
  the a an this that his her their my our your its he she they it who which
`);

/**
 * Words after which a lower-case word is a verb, not a surname: "mme vomit ce matin", "mme
 * déambule dans le couloir", "mr desaturates to 88 %". A surname is followed by a verb, a room,
 * a comma or the end of the line ("mme claes a chuté", "mevr peeters k12"), seldom by an object.
 * "de", "van", "in", "op", "à" are left out: they follow names as often ("mme claes de la 12").
 */
export const OBJECT_WORDS = words(`
  le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs mon ma mes bien mal peu beaucoup pas plus moins
  depuis dans sur sous vers avec sans pour par tout toute tous toutes tres trop encore deja toujours souvent
  het een haar zijn hun niet geen veel weinig sinds met zonder naar tijdens al nog erg heel goed slecht vaak altijd weer
  the an her his their its some any to into with without for since during well badly very more less much little not
  again often always still
`);

/** Column headings of a list of people: "(nom / âge / motif)", "name, age, reason", "naam – leeftijd". */
export const NAME_WORDS = words(`nom noms name names naam namen`);
export const AGE_WORDS = words(`age ages leeftijd leeftijden`);

/**
 * Words that start a line of a day's plan rather than a person's name: "09:00 Accueil – café",
 * "10:30 Hand Hygiene – workshop". The detector already stops at NOT_NAMES; these are the
 * activities a schedule of patients sits next to.
 */
export const ACTIVITIES = words(`
  accueil pause repas dejeuner diner lunch break coffee cafe koffie welcome welkom reunion meeting overleg briefing debriefing
  formation training opleiding atelier workshop groupe group groep tour ronde round rounds visite visit bezoek toilette
  toilet douche shower bain bad hygiene soins wound plaie wonde medication medicatie medicaments distribution session seance
  sessie cours les lecture conference presentation evaluation evaluatie examen exam test quiz cloture closing afsluiting
  ouverture opening introduction inleiding conclusion hand hands mains handen education
`);

/**
 * Words that say the prompt holds a list of people, for the list rules (a name after a time slot,
 * or before a bare age): "voici mes patients de demain", "(name / age / reason)", "afspraken".
 */
export const PERSON_LIST_WORDS = words(`
  patient patients patiente patientes patienten patientenlijst residents residentes bewoners clients clienten beneficiaires
  nom noms name names naam namen membres leden members affilies enfants kinderen children participants deelnemers
  rendez-vous rdv afspraken appointments consultations raadplegingen huisbezoeken visites tournee
`);

/**
 * Acronyms written in capitals that are not surnames, for the "PEETERS Jan" rule (a surname in
 * capitals before a first name): institutions, scores, tests, units, drugs and letter words.
 */
export const ACRONYMS = words(`
  chu chr chirec uz az hub ulb vub ucl kul bpco copd inami riziv sbar isbar icu mri irm ecg ekg eeg emg crp inr
  bmi imc gdpr rgpd avg epd dmi dpi emd niss insz iban mrsa esbl vre hiv vih sida aids tbc covid sars pcr adl avq
  atl katz mmse gcs eva ena vas nrs bnp spo sat ta rr hr fc fr fio usi si siz hta dm oms who eu ue nhs cpas ocmw
  ai ia llm gpt api url pdf faq rag nb ps pm am asap rdv svp aub prn iv im sc po qid tid bid od peg sng ngt cvc
  picc kt dvt tvp ep pe avc cva tia ait idm mi stemi nstemi acs sca ards sdra aki ira ckd irc gp ed er or ok
  urgent important attention note nota opgelet info objet subject re fw tr dringend belangrijk rappel reminder
  sos cv ct scan rx tc pet ivu vs usa uk nl be fr en de et ou and or of the to for in on at pour voor met
  oms inr aptt tsh hba fsh lh psa cea alat asat ggt ldh cpk ck nt pro esr vs dt iso ip ipp nip mrn id
  sbar kci pca pcb bzd nsaid ains cbd thc mdma
`);

/** "de", "van", "of" are cues only after a relation: "parents de", not "maladie de". */
export const RELATION_LINKS = words(`de du des van of`);

/** Name particles: "Van den Broeck", "De Smet", "El Idrissi", "Ben Ali", "Le Clercq", "Op de Beeck", "dos Santos", "von Arx". */
export const PARTICLES = words(`
  van vande vanden vander van't de den der del della di da du des le la el al ben bin ibn ter ten op 't dos das von zu
`);

/**
 * Common first names in Belgium (fr, nl and the languages of Brussels), for a "Firstname
 * Lastname" pair with no cue at all: "Jan Peeters a 67 ans". Words that are also common
 * capitalised words (Mark, Will, Rose, An, May) are left out on purpose.
 */
export const FIRST_NAMES = words(`
  marie jean pierre michel philippe luc marc paul jacques andre alain daniel patrick eric christian claude
  francois francoise nicole monique martine christine isabelle nathalie sylvie catherine anne sophie julie claire
  chantal jeanine jeannine simone josiane denise yvonne georgette madeleine suzanne jacqueline rosa maria louis
  louise emma lea chloe camille manon sarah laura lucas hugo arthur jules adam noah nathan thomas nicolas julien
  antoine maxime olivier vincent sebastien laurent stephane frederic didier serge roger robert rene marcel albert
  henri georges raymond joseph emile fernand gilbert gerard yves benoit bernard francis jose lucien victor leon
  valerie veronique dominique brigitte beatrice helene agnes colette odette germaine marcelle paulette micheline
  jan peter johan koen bart tom wim dirk geert frank kris stijn pieter jef jozef karel frans willy rik hendrik eddy
  lieve els ann annick katrien kathleen veerle sofie lies leen hilde greet mieke rita godelieve jeanne liliane
  elke inge ilse griet nele lotte lore fien lien noor jana liam finn mats lars arne wout jonas seppe ruben warre
  olivia mila elena ella lina nora hanne marieke jozefa maurice gaston achille alphonse
  gabriel ethan leo max robbe vince milan matteo elias mathis theo tuur staf lou lowie alice juliette sofia zoe jade
  lucie julia lisa lena eva nour amira sara aya rania malak hiba imran rayan ilyas amine anas younes yanis mehdi nassim
  sami kenzo nael adem yusuf ismail amir youssra dina lamia soukaina chaimae
  john james mary michael william david richard charles jennifer elizabeth linda susan margaret emily jessica
  oliver george harry jack amelia sophia
  mohamed mohammed muhammad mohammad ahmed ahmad ali omar youssef yassine hassan hamza ibrahim mehmet mustafa
  fatima fatiha aicha aisha khadija meryem amina samira nadia leila layla yasmine ines salma zeynep elif ayse emre
  karim rachid said khalid abdel abdelkader nordin bilal ayoub imane hajar houda naima malika saida
  piotr anna katarzyna ewa agnieszka tomasz ion andrei mihai ana carlos manuel antonio giuseppe giovanni
  fatou aminata moussa mamadou ibrahima ousmane kofi
  clemence bastien noemie margaux coralie mathilde pauline charlotte alexandre amandine aurelie audrey caroline celine
  delphine elodie emilie gaelle justine laetitia marion melanie morgane ophelie pascale sandrine severine stephanie
  aurore cedric fabien florian gregory jerome jonathan kevin ludovic mathieu quentin romain thibault thibaut xavier
  yannick benjamin damien adrien guillaume arnaud loic fabrice christophe alexis baptiste corentin valentin margot
  oceane elise eline jolien femke sanne britt lise nina wannes jasper joris maarten sander bram thijs wouter jeroen
  niels kobe jens daan joke hannelore annelies evelien karolien liesbeth tine wendy katleen marleen carine mireille
  siobhan aoife niamh ciara declan sean harriet rhys owen megan hannah rebecca rachel samantha samuel matthew andrew
  stephen kate katie lucy oscar freya isla alfie archie keisha priya laurence constance
`);

/**
 * Capitalised words that are not names of persons even after a cue: months, weekdays, places,
 * institutions and mutualities, drugs, eponymous diseases, roles, AI tools, words that start
 * sentences, the addressees of a letter ("Dear Colleague,", "Beste Ouder,", "Hi All,"), number
 * words, and the scores and scales named after people ("Braden Score", "Glasgow Coma Scale").
 * A name stops before one of these ("Mme Dupont Bruxelles" → "Dupont").
 */
export const NOT_NAMES = words(`
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  januari februari maart april mei juni juli augustus oktober december
  january february march june july august october
  lundi mardi mercredi jeudi vendredi samedi dimanche maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  monday tuesday wednesday thursday friday saturday sunday noel kerstmis christmas paques pasen easter
  bruxelles brussel brussels bruxelles-capitale anderlecht auderghem oudergem berchem-sainte-agathe sint-agatha-berchem
  etterbeek evere forest vorst ganshoren ixelles elsene jette koekelberg molenbeek molenbeek-saint-jean
  sint-jans-molenbeek saint-gilles sint-gillis saint-josse saint-josse-ten-noode sint-joost-ten-node schaerbeek
  schaarbeek uccle ukkel watermael-boitsfort watermaal-bosvoorde woluwe woluwe-saint-lambert sint-lambrechts-woluwe
  woluwe-saint-pierre sint-pieters-woluwe laeken laken haren neder-over-heembeek
  anvers antwerpen antwerp gand gent ghent liege luik namur namen charleroi mons bergen louvain leuven
  louvain-la-neuve bruges brugge malines mechelen hasselt ostende oostende courtrai kortrijk alost aalst wavre waver
  nivelles tournai arlon halle vilvorde vilvoorde zaventem dilbeek waterloo tervuren verviers genk
  belgique belgie belgium france frankrijk nederland netherlands pays-bas maroc marokko morocco turquie turkije
  turkey congo pologne polen poland roumanie roemenie romania espagne spanje spain italie italy allemagne duitsland
  germany europe europa afrique afrika africa wallonie wallonia flandre vlaanderen flanders brabant belge belgische
  inami riziv chu chr chirec uz az hub ulb vub ucl uclouvain kuleuven ku saint-luc sint-luc erasme erasmus bordet
  brugmann saint-pierre sint-pieter delta cavell sud parc leopold bracops brien horta
  clinique cliniques kliniek clinic universitaires universitair universitaire hopital hopitaux ziekenhuis hospital
  mutualite mutualites mutualiteit mutualiteiten ziekenfonds solidaris partenamut helan mutas securex mutualia
  chretienne chretiennes christelijke socialiste socialistes socialistische liberale liberales neutre neutrale
  onafhankelijke libre libres vivalia ocmw cpas sciensano afmps fagg spf fod oms who one kind gezin iriscare vivalis
  brusano croix-rouge rode kruis red cross ministere ministerie region gewest commune gemeente
  institut instituut universite universiteit university centre center centrum maison huis home service dienst
  unite afdeling ward department departement urgences spoed emergency soins zorg care sante health
  cardiologie cardiology geriatrie geriatrics oncologie oncology pediatrie pediatrics neurologie neurology
  psychiatrie psychiatry chirurgie surgery maternite materniteit maternity palliatifs palliatieve palliative
  intensifs intensieve intensive icu usi
  paracetamol dafalgan perdolan ibuprofene ibuprofen brufen nurofen metformine metformin insuline insulin lasix
  furosemide aspirine aspirin asaflow cardioaspirine xarelto eliquis marcoumar sintrom clexane fraxiparine augmentin
  amoxicilline amoxicillin tramadol morphine oxynorm temesta lorazepam xanax sipralexa pantomed pantoprazole
  omeprazole zocor lipitor crestor ventolin seretide symbicort daflon motilium imodium movicol euthyrox
  levothyroxine coversyl diovan amlor ozempic
  alzheimer parkinson crohn covid covid-19 diabete diabetes hodgkin huntington cushing addison raynaud down asperger
  lyme guillain-barre korsakoff wernicke creutzfeldt-jakob bechterew sjogren hashimoto graves basedow kaposi kahler
  charcot type diabetique diabetic diabetisch cardiaque cardiac palliatif palliative chronique chronisch chronic
  dement demente confus confuse geriatrique oncologique agee elderly oudere
  medecin medecins infirmier infirmiere infirmiers verpleegkundige verpleegkundigen arts artsen huisarts nurse
  doctor docteur aide-soignant aide-soignante zorgkundige kine kinesitherapeute kinesitherapeut pharmacien
  pharmacienne apotheker pharmacist sage-femme vroedvrouw midwife psychologue psycholoog diateticien dieteticien
  dieteticienne dietist ergotherapeute ergotherapeut logopede logopedist assistant assistante maatschappelijk
  werker social sociale sociaal directeur directrice direction directie chef hoofdverpleegkundige stagiaire
  stagiair etudiant etudiante student patient patiente patients patienten resident residente bewoner famille
  familie family collegue collega colleague equipe team ministre minister professeur professor
  google chatgpt gpt copilot gemini mistral perplexity bing microsoft openai word excel outlook teams powerpoint
  wikipedia pubmed cochrane uptodate internet web house who
  bonjour bonsoir merci cher chere chers beste geachte dear hello hi hallo salut voici hieronder please thanks
  bon bonne journee soiree fijne prettige
  bedankt objet onderwerp subject contexte context situation situatie role rol taak tache task format formaat
  je tu il elle ils elles nous vous on le la les un une des ce cette ces mon ma mes notre nos son sa ses leur
  de het een dit deze die dat ik jij hij zij wij we u mijn onze zijn haar hun
  the a an this that these those he she they you it i my our his her their of and or in on at to for with from
  saint sainte sint st oui non ja nee yes no ok
  redige redigez ecris ecrivez resume resumez explique expliquez traduis traduisez propose proposez fais faites
  donne donnez cree creez prepare preparez reformule simplifie corrige analyse compare liste appelle contacte
  informe envoie demande voir aide
  schrijf maak geef vat leg vertaal stel herschrijf formuleer vereenvoudig beschrijf bel stuur vraag help zie
  write summarise summarize explain translate draft make give create list rewrite simplify describe call send ask
  see check review
  sir madam madame mesdames messieurs dames heren ladies gentlemen all everyone everybody tous toutes allemaal iedereen
  collegues collega's colleagues confrere consoeur confreres consoeurs parents ouders members membres leden friends amis
  vrienden families familles residents residentes bewoners clients clienten reader readers lecteur lecteurs lezer lezers
  there world folks guys maman papa mama mum mom dad daddy mummy oma opa mamie papy grandma grandpa bomma bompa
  secretariat secretariaat administration administratie accueil onthaal reception management directie staff
  me moi ik mij toi jij
  manager managers caregiver caregivers carer carers nurses doctors physicians docteurs huisartsen generaliste generalistes
  ouder parent visitor visitors visiteur visiteurs bezoeker bezoekers volunteer volunteers benevole benevoles vrijwilliger
  vrijwilligers participant participants participante participantes deelnemer deelnemers applicant applicants candidat
  candidate candidats kandidaat kandidaten customer customers klant klanten user users utilisateur utilisateurs gebruiker
  gebruikers aidant aidants aidante aidantes mantelzorger mantelzorgers proche proches naaste naasten physio physios
  ergo admin coordinator coordinatrice coordinateur coordinatrices responsable responsables verantwoordelijke hoofd head chief
  committee comite commissie board conseil raad jury editor recruiter recruitment president presidente voorzitter
  infirmieres therapist therapeute therapeut specialist specialiste expert experte
  twee drie vier vijf zes zeven acht negen tien deux trois quatre cinq six sept huit neuf dix
  one two three four five six seven eight nine ten
  score scores scale scales echelle schaal index indice formula formule classification criteria criteres stade stage
  grade graad klasse class syndrome syndroom ziekte maladie disease sign signe teken method methode protocol protocole
  manoeuvre maneuver procedure questionnaire vragenlijst coma rule regle regel equation
  glasgow apgar cockcroft-gault mdrd ckd-epi curb-65 qsofa news2 nihss child-pugh chads kellgren-lawrence dix-hallpike
`);

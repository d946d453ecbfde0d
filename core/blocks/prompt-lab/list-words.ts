import type { Language } from '../../i18n';

/**
 * Word lists for telling a list of a lab's words from an instruction (lists.ts), folded (lower
 * case, no accents, see tokens.ts `fold`). Kept apart from the rule so that a reviewer can add a
 * word without reading the logic.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Articles, "and", "or", and words of politeness: what may stand between the items of a list
 * without making it a sentence. Between a lab's words they leave the list whole ("the PPIs, the
 * DOIs please, and the guidelines" is still a list).
 */
export const JOINING: Record<Language, ReadonlySet<string>> = {
  fr: words(`le la les l un une des du de d et ou ni aussi svp stp plait merci oui ok`),
  nl: words(`de het een t en of noch plus ook aub alstublieft astublieft graag dank bedankt ja ok oke`),
  en: words(`a an the and or nor plus also please thanks thank yes ok okay`),
};

/**
 * Grammar words: pronouns, prepositions, conjunctions, auxiliary verbs, determiners, question
 * words; and the nouns that announce a list ("keywords:", "topics:"). They are not words of her
 * own: a line made of a lab's words and these says nothing of what to do with them. Between a
 * lab's words they end a list ("guidelines and studies on stopping PPIs" is a phrase), unlike
 * the joining words above. Meaningful small words stay out: negations, "only", "most", "max".
 */
export const GRAMMAR: Record<Language, ReadonlySet<string>> = {
  fr: words(`
    je tu il elle on nous vous ils elles me m te t se s lui leur leurs y en c ce cet cette ces ceci cela ca
    mon ma mes ton ta tes son sa ses notre nos votre vos qui que qu quoi dont chaque tout tous toute toutes
    quel quelle quels quelles voici voila a au aux dans sur sous pour par avec chez vers entre selon
    apres avant pendant depuis contre mais donc car puis comme si quand lorsque
    est sont etait etaient etre ete ai as avons avez ont avait sera seront doit doivent peut peuvent faut
    mot mots mot-cle mots-cles sujet sujets theme themes terme termes suivant suivants suivante suivantes etc
  `),
  nl: words(`
    ik je jij u hij zij ze we wij jullie het hem haar hun mij me ons zich mijn jouw uw zijn onze
    deze dit die dat elk elke ieder iedere alle al wat wie welk welke waar hoe wanneer er men s
    van in op aan te naar voor met bij door over uit om tot onder tegen per na sinds maar dus dan als want omdat
    is was waren ben bent wordt worden werd werden heeft hebben had hadden kan kunnen moet moeten zal zullen wil willen mag mogen
    woord woorden trefwoord trefwoorden sleutelwoord sleutelwoorden onderwerp onderwerpen term termen volgende enz
  `),
  en: words(`
    i you he she it we they me him her us them my your his its our their this that these those
    each every all any some both either neither which what who whom whose where when how why if here there
    of in on at to into onto for from with by about per over under than as via after before during between since until
    but so because while
    is are was were be been being am has have had do does did will would shall should can could may might must
    keyword keywords topic topics subject subjects word words term terms item items following etc
  `),
};

/**
 * Function words of each language: ignored by topic rules and by the comparison of statements.
 *
 * English: the builder's list since the first corpus. Russian: the Snowball project's Russian
 * stop list, with the forms of который. Kazakh: ours (no package has one; see kazakh.ts): conjunctions, postpositions,
 * pronouns, particles and auxiliaries. Negations (not, не, емес…) are in these lists, since they
 * are not content, but `isNegation` finds them for the linker, which reads them as evidence.
 */
import type { Language } from './languages'

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean))

const ENGLISH = words(`a about above after again against all also am an and any are as at be
  because been before being below between both but by can could did do does doing down during
  each few for from further had has have having he her here hers herself him himself his how i
  if in into is it its itself just me more most my myself no nor not of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your yours yourself
  yourselves may might must shall us upon per via within without among amongst whether either
  neither one's well according`)

const RUSSIAN = words(`и в во не что он на я с со как а то все она так его но да ты к у же вы
  за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если
  уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они
  тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под
  будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы
  нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше
  тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед
  иногда лучше чуть том нельзя такой им более всегда конечно всю между это также свой своих
  своей свои своим который которая которое которые которого которой котором которых которым`)

const KAZAKH = words(`және мен бен пен да де та те ал бірақ немесе әрі не яғни себебі сондықтан
  егер өйткені үшін туралы арқылы бойынша дейін кейін соң сияқты ретінде сайын қарай бері
  бұл осы ол сол мына анау біз біздің бізге бізді сіз сіздің сен сенің олар олардың оның оған
  оны өз өзі өзінің өзіміз өзіміздің менің маған мені кім не қай қандай қалай неге қашан қайда
  барлық бүкіл әр әрбір кейбір бірнеше ешқандай ешбір ғана тек әлі енді тағы ең өте да де ма
  ме ба бе па пе ғой қой шығар екен еді болып болды болады болған бола бар жоқ емес жатыр
  тұр отыр мұнда сонда онда қазір`)

const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: ENGLISH,
  ru: RUSSIAN,
  kk: KAZAKH,
}

/** Whether a folded word is a function word of the language. */
export function isStopword(word: string, language: Language): boolean {
  return STOPWORDS[language].has(word)
}

/** Words that deny what follows (or, in Kazakh, what precedes: X емес). Not "nobody"/"никто"/
 * "ешкім": they speak of who, and the denied verb carries its own не (никто не должен). */
const NEGATIONS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: words(`not no never nor neither cannot can't won't don't doesn't didn't isn't aren't
    wasn't weren't shouldn't mustn't`),
  ru: words(`не нет ни никогда нельзя`),
  kk: words(`емес жоқ ешқашан`),
}

/** Whether a folded word negates what it stands with (not, never, не, никогда, емес, жоқ…). */
export function isNegation(word: string, language: Language): boolean {
  return NEGATIONS[language].has(word)
}

/** Two-word negations, by their first word: "rather than X", "instead of X", "а не X". */
const NEGATION_PAIRS: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  en: new Map([
    ['rather', 'than'],
    ['instead', 'of'],
  ]),
  ru: new Map([
    ['а', 'не'],
    ['вместо', 'того'],
  ]),
  kk: new Map(),
}

/** Whether two folded words in a row deny what follows ("rather than", "instead of"). */
export function isNegationPair(first: string, second: string, language: Language): boolean {
  return NEGATION_PAIRS[language].get(first) === second
}

const PRIVATIVES: Readonly<Record<Language, (word: string) => boolean>> = {
  en: (word) => word === 'without',
  ru: (word) => word === 'без',
  // -сыз/-сіз: қатысуынсыз "without taking part".
  kk: (word) => /с[ыі]з$/.test(word),
}

/** "without", "без", Kazakh -сыз: with a negation in its clause, an affirmation ("without
 * unity there can be no development", "X-сыз мүмкін емес"). */
export function isPrivative(word: string, language: Language): boolean {
  return PRIVATIVES[language](word)
}

/**
 * Dutch stopwords: the Snowball list of the `stopword` package, without the
 * negations. "geen budget" and "niet melden" must keep their meaning.
 */
import { nld } from 'stopword';

export const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niets', 'zonder', 'nergens', 'noch']);

export const STOPWORDS: ReadonlySet<string> = new Set(nld.filter((w) => !NEGATIONS.has(w)));

export const isStopword = (folded: string) => STOPWORDS.has(folded);

/**
 * Words too general to say what a passage is about ("krijgen", "mensen",
 * "gemeente"). They stay in the index and in search, but a highlighted
 * passage is not matched on them.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'krijgen krijgt kreeg maken maakt gemaakt gaan gaat ging komen komt kwam staan staat laten laat willen willen wilt ' +
    'zullen kunnen moeten mogen mag hebben zien ziet zegt zeggen geven geeft vinden vindt houden blijft blijven ' +
    'steeds vaak vaker soms altijd nooit goed goede beter nieuw nieuwe groot grote klein kleine veel meer minder ' +
    'mensen mens iedereen ieder iedere elk elke alle allemaal onze ons jullie hun waar waarbij waarin zoals ' +
    'bijvoorbeeld daarom daarnaast daarbij bovendien echter namelijk verder eerst sinds vanwege tussen binnen ' +
    'jaar jaren jaarlijks keer deel manier mogelijk belangrijk gebied gebieden situatie gemeente gemeenten inwoner inwoners ' +
    'dingen zaken wel ook heel erg zeer weinig aantal zich zelf hier daar nu dan toen om voelen voelt voelde ' +
    // The set phrases of a motion and dates say what kind of text it is, not what it asks ("in vergadering bijeen",
    // "overwegende dat", "gaat over tot de orde van de dag", "13 maart").
    'overwegende constaterende bijeen vergadering orde oordeel verzoekt ' +
    'januari februari maart april mei juni juli augustus september oktober november december'
  ).split(' '),
);

/**
 * A small synonym map: words for the same group or phenomenon share a
 * canonical term, so "homo's" finds an LHBTI record and "validisme" a record
 * about "beperking". Keys are folded surface words; stems are derived.
 */
export const SYNONYM_GROUPS: Record<string, readonly string[]> = {
  lhbti: ['lhbti', 'lhbtiq', 'lhbtiqa', 'lhbt', 'lhbtqi', 'lhbtq', 'lgbt', 'lgbtq', 'lgbtqi', 'homo', 'homos', 'homoseksueel', 'homoseksuele', 'homoseksualiteit', 'lesbisch', 'lesbische', 'lesbienne', 'lesbiennes', 'biseksueel', 'biseksuele', 'queer', 'homofobie', 'homofoob', 'homofobe', 'regenboog', 'roze'],
  transgender: ['transgender', 'transgenders', 'trans', 'transfobie', 'genderidentiteit', 'genderexpressie', 'intersekse', 'nonbinair', 'transpersonen'],
  moslim: ['moslim', 'moslims', 'moslima', 'moslimas', 'islam', 'islamitisch', 'islamitische', 'islamofobie', 'moslimhaat', 'moslimdiscriminatie', 'moskee', 'moskeeen'],
  joods: ['joods', 'joodse', 'jood', 'joden', 'antisemitisme', 'antisemitisch', 'antisemitische', 'jodenhaat', 'synagoge'],
  beperking: ['beperking', 'beperkingen', 'handicap', 'handicaps', 'gehandicapt', 'gehandicapten', 'validisme', 'invaliditeit', 'rolstoel', 'rolstoelgebruikers'],
  herkomst: ['herkomst', 'afkomst', 'migratieachtergrond', 'etniciteit', 'etnisch', 'etnische', 'huidskleur', 'ras', 'racisme', 'racistisch', 'racistische'],
  leeftijd: ['leeftijd', 'leeftijdsdiscriminatie', 'ouderen', 'oudere', 'senioren'],
  // A policy of its own: real texts say "afzonderlijk" or "eigenstandig" where the knowledge base says "apart".
  apart: ['apart', 'aparte', 'afzonderlijk', 'afzonderlijke', 'eigenstandig', 'eigenstandige'],
  vrouw: ['vrouw', 'vrouwen', 'seksisme', 'seksistisch', 'seksistische', 'geslacht', 'sekse'],
};

/** Prefix that marks a canonical synonym term, so it never collides with a real stem. */
export const SYN_PREFIX = '~';

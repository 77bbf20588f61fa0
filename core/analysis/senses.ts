/**
 * Word sense: the one place that keeps apart words the stemmer (or the
 * compound splitter, or the synonym map) would merge although they mean
 * different things in policy text. Each entry says why; each pair has a test
 * (tests/unit/senses.test.ts). Ranking and detection never patch these cases
 * themselves.
 */

/**
 * Folded word forms that get a stem of their own. Snowball gives
 * "beperking" (a disability) and "beperken" (to limit) the same stem, and
 * "middelen" (funds) the same as "middel" (a means: "door middel van").
 */
export const SENSE_STEMS: Readonly<Record<string, string>> = {
  // beperking = disability; beperken/beperkt = to limit
  beperking: 'beperking',
  beperkingen: 'beperking',
  functiebeperking: 'functiebeperking',
  functiebeperkingen: 'functiebeperking',
  // middelen = money set aside; middel/middels = a means
  middelen: 'middelen',
  geldmiddelen: 'middelen',
};

/**
 * Compounds whose parts do not carry their meaning here, so they are not
 * split: a "wijkteam" is a social care team (not the neighbourhood domain), a
 * "woonvisie" is housing policy (not a vision for this policy),
 * "terugkoppelen" is reporting back (not linking policies), a "seniorenraad" is
 * an advisory council (not the municipal council).
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set([
  'wijkteam',
  'wijkteams',
  'buurtteam',
  'buurtteams',
  'sociaalteam',
  'woonvisie',
  'omgevingsvisie',
  'sportvisie',
  'toekomstvisie',
  'terugkoppelen',
  'terugkoppeling',
  'terugkoppelt',
  'teruggekoppeld',
  'informatienota',
  'informatiebrief',
  // Advisory and client councils are not the municipal council.
  'seniorenraad',
  'ouderenraad',
  'clientenraad',
  'jongerenraad',
  'vrouwenraad',
  'adviesraad',
  'participatieraad',
  'ondernemingsraad',
  'wijkraad',
  'dorpsraad',
  'sportraad',
  'cultuurraad',
  'kinderraad',
  'huurdersraad',
  'medezeggenschapsraad',
  'leerlingenraad',
  'studentenraad',
]);

/**
 * Fixed expressions whose words say nothing of their own: "door middel van"
 * is "with", not money; "in het kader van" is "as part of", not a policy
 * framework. Their tokens are read as stopwords.
 */
export const FIXED_EXPRESSIONS: readonly string[] = [
  'door middel van',
  'in het kader van',
  'naar aanleiding van',
  'ten behoeve van',
  'in de loop van',
  'op basis van',
  'met behulp van',
  // What a letter is for is not a goal of the policy: "Doel van deze brief is u te informeren".
  'doel van deze brief',
  'doel van dit voorstel',
  'doel van deze notitie',
  'doel van deze memo',
  'doel van dit raadsvoorstel',
  'doel van deze raadsinformatiebrief',
  // The board of an organisation is not the municipal council.
  'raad van bestuur',
  'raad van toezicht',
  'raad van commissarissen',
];

/**
 * Expressions with a sense of their own: their head word gets that sense as
 * its stem, so "financiële steun" (money) is not "steun" (support for
 * victims), and "beperkte capaciteit" is not a disability nor a budget cut.
 */
export const SENSE_EXPRESSIONS: Readonly<Record<string, { head: number; stem: string }>> = {
  'financiele steun': { head: 1, stem: 'financielesteun' },
  'financiele ondersteuning': { head: 1, stem: 'financielesteun' },
  // Money that is already there for something else is no money set aside for this policy.
  'bestaande budget': { head: 1, stem: 'bestaandbudget' },
  'bestaande budgetten': { head: 1, stem: 'bestaandbudget' },
  'bestaande middelen': { head: 1, stem: 'bestaandbudget' },
  'bestaande begroting': { head: 1, stem: 'bestaandbudget' },
  'bestaande formatie': { head: 1, stem: 'bestaandbudget' },
  // A separable verb: "de raad spreekt uit dat" states a norm, as "uitspreken" does; split, "spreekt" alone is only speech.
  'spreekt uit': { head: 0, stem: 'uitsprek' },
  'spreken uit': { head: 0, stem: 'uitsprek' },
  'spreekt zich uit': { head: 0, stem: 'uitsprek' },
  'spreken zich uit': { head: 0, stem: 'uitsprek' },
};

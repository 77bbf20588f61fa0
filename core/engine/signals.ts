/**
 * Signal lexicons: words in a passage that point to a domain, a ground or an
 * intervention type ("sollicitant" → arbeidsmarkt, "hoofddoek" → religie).
 * Entries are surface words, compared by stem; a trailing `*` compares by
 * prefix of the stem; `:0.5` gives a weaker signal.
 */
import type { Domain, Ground, InterventionType } from '../taxonomy';

export type Facet = 'domain' | 'ground' | 'type';

export const DOMAIN_SIGNALS: Record<Domain, string[]> = {
  arbeidsmarkt: ['sollicit*', 'werkgever*', 'werknemer*', 'werving', 'werven', 'vacature*', 'arbeidsmarkt*', 'arbeidsdiscriminatie', 'uitzendbureau*', 'uitzendkracht*', 'recruit*', 'baan', 'banen', 'bijbaan', 'werkzoekende*', 'werkloos*', 'werkvloer', 'loopbaan', 'personeelsselectie', 'sollicitatiegesprek*', 'stage:0.6', 'stages:0.6', 'stageplaats*:0.6', 'stageplek*:0.6', 'stagediscriminatie:0.6', 'leerbedrijf*:0.6', 'bedrijven:0.5', 'ondernemers:0.3', 'werk:0.4', 'arbeid:0.6'],
  onderwijs: ['school', 'scholen', 'basisschool*', 'leerling*', 'docent*', 'leraar', 'leraren', 'klas', 'klassen', 'onderwijs*', 'mbo', 'hbo', 'vmbo', 'havo', 'vwo', 'voortgezet', 'student*', 'les', 'lessen', 'lespakket*', 'lesprogramma*', 'gastles*', 'opleiding*', 'schoolklas*', 'universiteit*', 'stage:0.6', 'stages:0.6', 'stageplaats*:0.6', 'stageplek*:0.6', 'stagediscriminatie:0.6', 'leerbedrijf*:0.4', 'jongeren:0.2'],
  wonen: ['woning*', 'huur*', 'verhuur*', 'makelaar*', 'bemiddelaar*', 'corporatie*', 'woningcorporatie*', 'huisvest*', 'volkshuisvest*', 'woondiscriminatie', 'huurder*', 'woonruimte', 'kamerverhuur*', 'wonen:0.7'],
  wijk: ['wijk', 'wijken', 'buurt*', 'bewoner*', 'buren', 'buurtbewoner*', 'wijkbewoner*', 'straat', 'openbare ruimte', 'buurthuis*', 'wijkcentrum*', 'samenleven', 'stadsdeel*', 'dorp', 'ontmoeting:0.5', 'ontmoeten:0.5', 'inwoners:0.2'],
  horeca: ['horeca*', 'portier*', 'deurbeleid', 'club', 'clubs', 'cafe', 'cafes', 'discotheek*', 'disco', 'uitgaan', 'uitgaansleven', 'uitgaansgebied*', 'nachtleven', 'kroeg*', 'uitgaanspubliek', 'deur:0.4', 'toegang:0.4'],
  veiligheid: ['politie*', 'agent', 'agenten', 'handhav*', 'boa', 'boas', 'controle', 'controles', 'profileren', 'profilering', 'veiligheid:0.7', 'aangifte*:0.6', 'wijkagent*', 'stadsmarinier*', 'onveilig:0.5', 'incidenten:0.4', 'moskee*:0.3', 'synagoge*:0.3'],
  'zorg-welzijn': ['zorg', 'verpleeg*', 'thuiszorg', 'ouderenzorg', 'zorgverlener*', 'zorginstelling*', 'zorgmedewerker*', 'welzijn*', 'sociaal werk*', 'jongerenwerk*', 'huisarts*', 'ggz', 'wijkteam*', 'verpleeghuis*', 'client*', 'mantelzorg*', 'jeugdzorg', 'zorgaanbieder*'],
  sport: ['sport*', 'voetbal*', 'scheidsrechter*', 'spreekkor*', 'supporter*', 'stadion*', 'amateurveld*', 'amateurvoetbal', 'trainer*', 'sportveld*', 'kantine*', 'wedstrijd*', 'knvb', 'sportclub*', 'sportvereniging*', 'velden:0.5', 'spelers:0.7', 'team:0.3'],
  dienstverlening: ['loket*', 'wmo*', 'dienstverlening', 'voorzieningen:0.6', 'bibliothe*', 'toegankelijk*:0.7', 'balie*', 'klantcontact*', 'publieksdienst*', 'burgerzaken', 'uitkering*', 'sociale dienst', 'website*:0.4', 'gebouwen:0.4', 'wijkteam*:0.6', 'inwoners:0.3', 'gelijkwaardig:0.3', 'helpen:0.3'],
  'gemeente-organisatie': ['personeel*', 'ambtenar*', 'leidinggevend*', 'selectiecommissie*', 'inkoop', 'inkopen', 'aanbesteding*', 'leverancier*', 'opdrachtnemer*', 'gedragscode*', 'werkgever:0.3', 'medewerkers:0.4', 'subsidie*:0.5', 'contract*:0.5', 'gemeente als werkgever', 'eigen organisatie', 'afspiegeling', 'institutioneel racisme'],
  online: ['online', 'internet', 'sociale media', 'social media', 'facebook', 'twitter', 'instagram', 'tiktok', 'reacties', 'berichten', 'haatberichten', 'haatdragend*', 'digitaal:0.5', 'platform*:0.4'],
};

export const GROUND_SIGNALS: Record<Ground, string[]> = {
  herkomst: ['herkomst', 'afkomst', 'migratieachtergrond', 'migrant*', 'etnisch*', 'etniciteit', 'huidskleur', 'kleur:0.6', 'racisme', 'racist*', 'achternaam*', 'marokkaan*', 'turk*', 'surinaam*', 'antilliaan*', 'zwart*', 'vluchteling*', 'statushouder*', 'nieuwkomer*', 'nationaliteit*', 'buitenlands*', 'roma', 'sinti', 'aziatisch*', 'slavernij*', 'koloniaal', 'koloniale', 'culturele achtergrond*:0.7', 'achtergronden:0.5', 'achtergrond:0.4'],
  religie: ['religie*', 'religieus*', 'geloof*', 'moslim*', 'islam*', 'moskee*', 'hoofddoek*', 'joods*', 'jood', 'joden', 'antisemit*', 'synagoge*', 'kerk*', 'christen*', 'godsdienst*', 'levensovertuiging*', 'jodenhaat', 'moslimhaat'],
  'seksuele-orientatie': ['lhbti*', 'lhbt', 'lgbt*', 'homo', 'homos', 'homoseksu*', 'lesbi*', 'biseksu*', 'homofob*', 'seksuele orientatie', 'seksuele diversiteit', 'seksuele gerichtheid', 'regenboog*', 'queer', 'roze'],
  gender: ['gender*', 'vrouw*', 'seksis*', 'transgender*', 'transpersonen', 'intersekse', 'geslacht*', 'zwanger*', 'meisjes', 'lhbti*:0.5', 'seksuele diversiteit:0.5', 'genderdiversiteit'],
  handicap: ['beperking*', 'handicap*', 'gehandicapt*', 'chronisch*', 'chronische ziekte', 'toegankelijk*', 'rolstoel*', 'validisme', 'doof', 'doven', 'blind*', 'autisme', 'ontoegankelijk*'],
  leeftijd: ['leeftijd*', 'ouderen:0.6', 'oudere:0.5', 'senior*', 'vijftigplus*', 'pensioen*', 'leeftijdsdiscriminatie'],
  overig: ['opleidingsniveau', 'uiterlijk', 'armoede', 'inkomen', 'burgerlijke staat', 'politieke gezindheid', 'sociaaleconomisch*'],
  alle: ['alle gronden', 'elke grond', 'welke grond dan ook', 'iedereen:0.2'],
};

export const TYPE_SIGNALS: Record<InterventionType, string[]> = {
  training: ['training*', 'trainen', 'getraind', 'cursus*', 'workshop*', 'scholing', 'bijscholing', 'deskundigheidsbevordering'],
  educatie: ['les', 'lessen', 'lespakket*', 'lesprogramma*', 'voorlichting*', 'gastles*', 'educatie*', 'lesmateriaal', 'in de klas'],
  campagne: ['campagne*', 'poster*', 'affiche*', 'abri*', 'slogan*', 'norm uitdragen', 'uitdragen', 'boodschap', 'welkom:0.4', 'norm:0.5'],
  praktijktest: ['praktijktest*', 'mystery*', 'situatietest*', 'correspondentietest*', 'testbezoek*', 'testen:0.5', 'discriminerende verzoeken'],
  dialoog: ['dialoog*', 'ontmoeting*', 'ontmoeten', 'contact:0.7', 'samen:0.3', 'buurtproject*', 'gesprek:0.4', 'gesprekken:0.4', 'verhalen:0.4', 'achtergronden:0.3', 'samenwerken:0.3'],
  onderzoek: ['onderzoek*', 'monitor*', 'enquete*', 'vragenlijst*', 'peiling*', 'meting*', 'verkenning*', 'cijfers:0.5', 'omvang:0.5'],
  beleidsinstrument: ['convenant*', 'gedragscode*', 'keurmerk*', 'charter*', 'voorwaarde*', 'subsidievoorwaarde*', 'inkoopvoorwaarde*', 'contract*', 'verordening*', 'wet', 'wetgeving', 'pact', 'vergunning*', 'leveranciers:0.7', 'subsidie*:0.6', 'aantonen:0.5', 'code:0.7'],
  melding: ['melden', 'meld*', 'klacht*', 'meldpunt*', 'aangifte*', 'slachtoffer*', 'antidiscriminatievoorziening*', 'antidiscriminatiebureau*', 'adv', 'klachtbehandeling', 'terecht kunnen:0.7'],
  'kunst-cultuur': ['theater*', 'film*', 'kunst*', 'voorstelling*', 'muziek', 'toneel*', 'tentoonstelling*', 'herdenking*', 'museum*'],
  netwerk: ['netwerk*', 'samenwerking*', 'platform*:0.5', 'alliantie*', 'overleg*', 'werkgeversnetwerk*', 'coalitie*:0.5'],
  advies: ['advies*', 'handreiking*', 'begeleiding*', 'ondersteuning*', 'stappenplan*', 'toolkit*', 'adviseren'],
};

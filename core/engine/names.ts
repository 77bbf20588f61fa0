/**
 * Names that stand for a kind of body: the anti-discrimination services
 * (ADVs) by their own names, and the national bodies that municipal documents
 * name. From ../shared/domain/adv-feiten.md (A06–A31, A37–A38), which gives
 * each name with its source. A document that names "RADAR" or "Tûmba" speaks
 * of its ADV, as if it had written "ADV".
 *
 * Each entry is a phrase in the analyser's terms; `stands` is the word it
 * stands for (cues list that word). Upper-case-only names are matched as
 * written, so "op de radar" is not RADAR.
 */
export interface NameEntry {
  name: string;
  /** The word of the cues this name stands for. */
  stands: 'adv' | 'rijk';
  /** Match only when written exactly so (common words that are also names). */
  exactCase?: boolean;
}

/** The words a name stands for: the cue word first, then the other words records use for it. */
export const STANDS_FOR: Record<NameEntry['stands'], readonly string[]> = {
  adv: ['adv', 'antidiscriminatievoorziening'],
  rijk: ['rijk', 'rijksoverheid'],
};

const adv = (name: string, exactCase = false): NameEntry => ({ name, stands: 'adv', exactCase });
const rijk = (name: string): NameEntry => ({ name, stands: 'rijk' });

export const NAMES: readonly NameEntry[] = [
  // The national network and its regional offices (A06, A07, A32).
  adv('discriminatie.nl'),
  adv('Discriminatie Meldpunt'),
  adv('DMG', true),
  adv('MDD', true),
  adv('meldpunt discriminatie'),
  adv('antidiscriminatiebureau'),
  adv('anti-discriminatiebureau'),
  adv('anti discriminatie bureau'),
  adv('anti-discriminatievoorziening'),
  adv('anti discriminatie voorziening'),
  // Regional ADVs (A09–A31).
  adv('RADAR', true),
  adv('Art.1 Midden Nederland'),
  adv('Art.1 Midden-Nederland'),
  adv('Art.1 MN'),
  adv('Art.1 NHN'),
  adv('Art.1 Noord-Holland Noord'),
  adv('Bureau Art.1'),
  adv('BD Kennemerland'),
  adv('BDK', true),
  adv('Art.1 NOG'),
  adv('Art.1 Noord Oost Gelderland'),
  adv('Art.1 Noord- en Oost-Gelderland'),
  adv('Art.1 Gelderland-Midden'),
  adv('MDRA'),
  adv('Den Haag Meldt'),
  adv('Bureau Discriminatiezaken'),
  adv('Stichting iDb'),
  adv('iDb', true),
  adv('IDB', true),
  adv('Bureau Gelijke Behandeling'),
  adv('BGBF'),
  adv('Tûmba'),
  adv('Tumba'),
  adv('Vizier', true),
  adv('VizierOost'),
  adv('Ieder1Gelijk'),
  adv('ADV Limburg'),
  adv('ADVL'),
  adv('ADB Zeeland'),
  adv('ADBZ'),
  adv('Meldpunt Discriminatie en Pesten'),
  // National bodies (A37, A38) and the ministry responsible for the Wga.
  rijk('NCDR'),
  rijk('Nationaal Coördinator tegen Discriminatie en Racisme'),
  rijk('NCAB'),
  rijk('Nationaal Coördinator Antisemitismebestrijding'),
  rijk('BZK'),
  rijk('OCW'),
  rijk('SZW'),
  rijk('VWS'),
  rijk('Binnenlandse Zaken'),
];

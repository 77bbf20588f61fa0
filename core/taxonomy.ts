/**
 * The stable ids of the product spec (shared/spec/PRODUCT.md), with Dutch and
 * English labels. Ids never change; labels are ours to word.
 */

type Labels<Id extends string> = Record<Id, { nl: string; en: string }>;

export const DOMAIN_LABELS = {
  arbeidsmarkt: { nl: 'Arbeidsmarkt', en: 'Labour market' },
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  wijk: { nl: 'Wijk en buurt', en: 'Neighbourhood' },
  horeca: { nl: 'Horeca en uitgaan', en: 'Nightlife' },
  veiligheid: { nl: 'Veiligheid en handhaving', en: 'Safety and policing' },
  'zorg-welzijn': { nl: 'Zorg en welzijn', en: 'Care and welfare' },
  sport: { nl: 'Sport', en: 'Sport' },
  dienstverlening: { nl: 'Dienstverlening en voorzieningen', en: 'Public services' },
  'gemeente-organisatie': { nl: 'Gemeente als organisatie', en: 'Municipality as organisation' },
  online: { nl: 'Online', en: 'Online' },
} as const satisfies Labels<string>;

export const GROUND_LABELS = {
  herkomst: { nl: 'Herkomst en huidskleur', en: 'Origin and colour' },
  religie: { nl: 'Religie en levensovertuiging', en: 'Religion and belief' },
  'seksuele-orientatie': { nl: 'Seksuele oriëntatie', en: 'Sexual orientation' },
  gender: { nl: 'Gender en geslacht', en: 'Gender and sex' },
  handicap: { nl: 'Handicap en chronische ziekte', en: 'Disability and chronic illness' },
  leeftijd: { nl: 'Leeftijd', en: 'Age' },
  overig: { nl: 'Overige gronden', en: 'Other grounds' },
  alle: { nl: 'Alle gronden', en: 'All grounds' },
} as const satisfies Labels<string>;

export const TYPE_LABELS = {
  training: { nl: 'Training', en: 'Training' },
  educatie: { nl: 'Educatie en voorlichting', en: 'Education and information' },
  campagne: { nl: 'Campagne', en: 'Campaign' },
  praktijktest: { nl: 'Praktijktest', en: 'Practice test' },
  dialoog: { nl: 'Dialoog en ontmoeting', en: 'Dialogue and contact' },
  onderzoek: { nl: 'Onderzoek en monitor', en: 'Research and monitoring' },
  beleidsinstrument: { nl: 'Beleidsinstrument', en: 'Policy instrument' },
  melding: { nl: 'Melden en klachten', en: 'Reporting and complaints' },
  'kunst-cultuur': { nl: 'Kunst en cultuur', en: 'Arts and culture' },
  netwerk: { nl: 'Netwerk en samenwerking', en: 'Network and cooperation' },
  advies: { nl: 'Advies en begeleiding', en: 'Advice and support' },
} as const satisfies Labels<string>;

export const ROLE_LABELS = {
  aanjagen: { nl: 'Aanjagen', en: 'Agenda setting' },
  faciliteren: { nl: 'Ondersteunen en faciliteren', en: 'Supporting' },
  regie: { nl: 'Regie voeren', en: 'Directing' },
} as const satisfies Labels<string>;

export const STEP_LABELS = {
  'visie-draagvlak': { nl: 'Visie en draagvlak', en: 'Vision and support' },
  'lokaal-verkennen': { nl: 'Verken wat er lokaal speelt', en: 'Explore the local situation' },
  'samenwerken-adv': { nl: 'Samenwerken met de ADV', en: 'Work with the ADV' },
  'beleid-afstemmen': { nl: 'Apart beleid en afstemmen', en: 'Own policy and alignment' },
  'doelen-plan': { nl: 'Doelen en een plan', en: 'Goals and a plan' },
  'evalueren-monitoren': { nl: 'Evalueren en monitoren', en: 'Evaluate and monitor' },
} as const satisfies Labels<string>;

/**
 * Specific forms of discrimination, each with its own approach in Movisie's
 * "Geen ruimte voor discriminatie" (plus anti-Asian racism). Optional on
 * interventions and guidance; a record with a form also carries its ground.
 */
export const FORM_LABELS = {
  'anti-zwart-racisme': { nl: 'Anti-Zwart racisme', en: 'Anti-Black racism' },
  antisemitisme: { nl: 'Antisemitisme', en: 'Antisemitism' },
  'anti-moslimracisme': { nl: 'Anti-moslimracisme', en: 'Anti-Muslim racism' },
  antiziganisme: { nl: 'Antiziganisme (Sinti en Roma)', en: 'Antiziganism (Sinti and Roma)' },
  'anti-aziatisch-racisme': { nl: 'Anti-Aziatisch racisme', en: 'Anti-Asian racism' },
  lhbtiq: { nl: 'Discriminatie van lhbtiq+-personen', en: 'Discrimination of LGBTIQ+ people' },
} as const satisfies Labels<string>;

/**
 * The ground(s) a record with this form must carry (at least one of them).
 * Antisemitism and anti-Muslim racism target religion and origin alike (the
 * spec files them under religie; herkomst is accepted too); lhbtiq+ covers
 * sexual orientation and gender identity.
 */
export const FORM_GROUNDS = {
  'anti-zwart-racisme': ['herkomst'],
  antisemitisme: ['religie', 'herkomst'],
  'anti-moslimracisme': ['religie', 'herkomst'],
  antiziganisme: ['herkomst'],
  'anti-aziatisch-racisme': ['herkomst'],
  lhbtiq: ['seksuele-orientatie', 'gender'],
} as const satisfies Record<keyof typeof FORM_LABELS, readonly (keyof typeof GROUND_LABELS)[]>;

/** The council's roles (the seed's "antenne" is `signalerend`; Movisie's tool adds the representative role). */
export const COUNCIL_ROLE_LABELS = {
  signalerend: { nl: 'Signaleren', en: 'Signalling' },
  controlerend: { nl: 'Controleren', en: 'Scrutinising the executive' },
  initierend: { nl: 'Initiatief nemen', en: 'Taking the initiative' },
  volksvertegenwoordigend: { nl: 'Volksvertegenwoordigen', en: 'Representing residents' },
} as const satisfies Labels<string>;

/** The council's instruments, from light to heavy (after Neder-Betuwe's list), plus talking with residents. */
export const COUNCIL_INSTRUMENT_LABELS = {
  'in-gesprek': { nl: 'In gesprek met inwoners en organisaties', en: 'Talking with residents and organisations' },
  'technische-vragen': { nl: 'Technische vragen', en: 'Technical questions' },
  'mondelinge-vragen': { nl: 'Mondelinge vragen', en: 'Oral questions' },
  'schriftelijke-vragen': { nl: 'Schriftelijke vragen', en: 'Written questions' },
  motie: { nl: 'Motie', en: 'Motion' },
  amendement: { nl: 'Amendement', en: 'Amendment' },
  initiatiefvoorstel: { nl: 'Initiatiefvoorstel', en: "Member's proposal" },
  verantwoording: { nl: 'Verantwoording en indicatoren', en: 'Accountability and indicators' },
  rekenkameronderzoek: { nl: 'Rekenkameronderzoek', en: 'Audit office study' },
  adviesraad: { nl: 'Adviesraad', en: 'Advisory council' },
} as const satisfies Labels<string>;

/** Who is reading: the policy officer (default) or a council member. */
export const AUDIENCE_LABELS = {
  beleid: { nl: 'Ik ben beleidsmedewerker', en: 'I am a policy officer' },
  raad: { nl: 'Ik ben raadslid', en: 'I am a council member' },
} as const satisfies Labels<string>;
export const DEFAULT_AUDIENCE = 'beleid';

/** The 24 checklist ids of the spec, in the order of the six steps. */
export const CHECKLIST_STEPS = {
  visie: 'visie-draagvlak',
  draagvlak: 'visie-draagvlak',
  'goede-voorbeeld': 'visie-draagvlak',
  'lokale-verkenning': 'lokaal-verkennen',
  'meer-dan-meldcijfers': 'lokaal-verkennen',
  'gronden-intersectionaliteit': 'lokaal-verkennen',
  'adv-wettelijk': 'samenwerken-adv',
  'adv-rol': 'samenwerken-adv',
  partijen: 'samenwerken-adv',
  'afspraken-uitvoerders': 'samenwerken-adv',
  'regionale-samenwerking': 'samenwerken-adv',
  'apart-beleid': 'beleid-afstemmen',
  'afstemming-beleidsterreinen': 'beleid-afstemmen',
  'afstemming-overheden': 'beleid-afstemmen',
  'inkoop-subsidies': 'beleid-afstemmen',
  'concrete-doelen': 'doelen-plan',
  meerjarenplan: 'doelen-plan',
  begroting: 'doelen-plan',
  'wat-werkt': 'doelen-plan',
  voorwaarden: 'doelen-plan',
  slachtoffersteun: 'doelen-plan',
  monitoring: 'evalueren-monitoren',
  evaluatie: 'evalueren-monitoren',
  'rol-raad': 'evalueren-monitoren',
} as const satisfies Record<string, keyof typeof STEP_LABELS>;

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const DOMAINS = keys(DOMAIN_LABELS);
export const GROUNDS = keys(GROUND_LABELS);
export const TYPES = keys(TYPE_LABELS);
export const ROLES = keys(ROLE_LABELS);
export const STEPS = keys(STEP_LABELS);
export const CHECKLIST_IDS = keys(CHECKLIST_STEPS);
export const FORMS = keys(FORM_LABELS);
export const COUNCIL_ROLES = keys(COUNCIL_ROLE_LABELS);
export const AUDIENCES = keys(AUDIENCE_LABELS);
export const COUNCIL_INSTRUMENTS = keys(COUNCIL_INSTRUMENT_LABELS);

export type Domain = keyof typeof DOMAIN_LABELS;
export type Ground = keyof typeof GROUND_LABELS;
export type InterventionType = keyof typeof TYPE_LABELS;
export type Step = keyof typeof STEP_LABELS;
export type ChecklistId = keyof typeof CHECKLIST_STEPS;
export type Form = keyof typeof FORM_LABELS;
export type CouncilRole = keyof typeof COUNCIL_ROLE_LABELS;
export type Audience = keyof typeof AUDIENCE_LABELS;
export type Lang = 'nl' | 'en';

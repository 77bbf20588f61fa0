/**
 * The page check as one report, in words: what the Word document, the print
 * view and the Markdown all show. Built once here so the three cannot
 * disagree; they differ only in how they lay it out.
 */
import type { CheckResponse } from '@@/core/api/contract';
import type { Source } from '@@/core/schema';
import { STEPS, STEP_LABELS, type Lang, type Step } from '@@/core/taxonomy';
import type { DraftWhere } from '../to-content';
import { translator } from '../i18n';
import { councilSection, type CouncilReportSection } from './council';
import { readNote } from '../read-note';

/** What the check read: where, and how much. */
export interface ReadInfo {
  where: DraftWhere;
  chars: number;
  words: number;
}

/** One record the user kept in "Mijn selectie": its title and where it comes from. */
export interface KeptRecord {
  title: string;
  source?: { title: string; url?: string };
}

/** A check item may carry the sources of its checklist item (when the answer includes them). */
type CheckItem = CheckResponse['items'][number] & { sources?: readonly Source[] };

export interface ReportInput {
  check: { items: readonly CheckItem[]; summary: CheckResponse['summary'] };
  lang: Lang;
  /** The page or document title. */
  title?: string;
  read?: ReadInfo;
  kept?: readonly KeptRecord[];
  /** ISO date (yyyy-mm-dd) of the check; today when absent. */
  date?: string;
}

export type Status = CheckResponse['items'][number]['status'];

export interface ReportRow {
  id: string;
  question: string;
  status: Status;
  statusText: string;
  evidence: string[];
  /** A missing item's quote the check did not count, and why: the reader may disagree. */
  setAside?: { evidence: string; detail: string };
  /** What to add; empty for a covered item. */
  advice: string;
}

export interface Report {
  lang: Lang;
  /** "Checklist antidiscriminatiebeleid: <title>" */
  heading: string;
  title: string;
  isoDate: string;
  dateText: string;
  read?: string;
  summary: string;
  steps: { step: Step; heading: string; rows: ReportRow[] }[];
  sources: { title: string; url?: string }[];
  kept: KeptRecord[];
  /** The questions to the college, when the check was made for a council member; else null. */
  council: CouncilReportSection | null;
  /** "Gecontroleerd met Wegwijzer (yyyy-mm-dd)." */
  footer: string;
  labels: Record<
    'read' | 'summary' | 'item' | 'status' | 'evidence' | 'noEvidence' | 'setAside' | 'advice' | 'kept' | 'noKept' | 'sources' | 'source',
    string
  >;
}

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** Sources that appear under several items are listed once, in the order met. */
function uniqueSources(items: readonly CheckItem[]): Report['sources'] {
  const seen = new Map<string, Report['sources'][number]>();
  for (const s of items.flatMap((i) => i.sources ?? [])) {
    const key = s.url ?? s.title;
    if (!seen.has(key)) seen.set(key, { title: s.title, ...(s.url ? { url: s.url } : {}) });
  }
  return [...seen.values()];
}

export function buildReport(input: ReportInput): Report {
  const { check, lang } = input;
  const t = translator(lang);
  const isoDate = input.date ?? new Date().toISOString().slice(0, 10);
  const statusText: Record<Status, string> = { covered: t('statusCovered'), partial: t('statusPartial'), missing: t('statusMissing') };
  const title = (input.title ?? '').replace(/\s+/g, ' ').trim();
  return {
    lang,
    heading: `${t('markdownTitle')}${title ? `: ${title}` : ''}`,
    title,
    isoDate,
    dateText: new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`)),
    read: input.read && readNote(input.read, t, lang),
    summary: t('checkSummary', check.summary),
    steps: STEPS.map((step) => ({
      step,
      heading: STEP_LABELS[step][lang],
      rows: check.items
        .filter((i) => i.step === step)
        .map((i) => ({
          id: i.id,
          question: i.question,
          status: i.status,
          statusText: statusText[i.status],
          evidence: [...i.evidence],
          ...(i.setAside ? { setAside: { ...i.setAside } } : {}),
          advice: i.status === 'covered' ? '' : i.advice,
        })),
    })).filter((s) => s.rows.length > 0),
    sources: uniqueSources(check.items),
    council: councilSection({ items: [...check.items] }, lang),
    kept: [...(input.kept ?? [])],
    footer: t('markdownSource', { date: isoDate }),
    labels: {
      read: t('reportRead'),
      summary: t('reportSummary'),
      item: t('reportItem'),
      status: t('reportStatus'),
      evidence: t('reportEvidence'),
      noEvidence: t('reportNoEvidence'),
      setAside: t('setAsideLabel'),
      advice: t('reportAdvice'),
      kept: t('reportKept'),
      noKept: t('reportNoKept'),
      sources: t('reportSources'),
      source: t('source'),
    },
  };
}

/** A file name without characters file systems refuse: "wegwijzer-checklist-<title>-<date>.docx". */
export function reportFileName(report: Report, ext: string): string {
  const slug = report.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50)
    .replace(/-$/, '');
  return `wegwijzer-checklist${slug ? `-${slug}` : ''}-${report.isoDate}.${ext}`;
}

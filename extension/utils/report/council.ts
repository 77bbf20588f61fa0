/**
 * The council questions of a check as a report section, for every export
 * (Markdown, Word, print): the questions a council member can put to the
 * college, for each missing or weak item, grouped by the six steps. Present
 * only when the check was asked for a council member (its items carry
 * `councilQuestion`).
 */
import type { CheckResponse } from '@@/core/api/contract';
import { councilQuestions } from '@@/core/council/lens';
import { STEP_LABELS, type Lang, type Step } from '@@/core/taxonomy';
import { translator } from '../i18n';

export interface CouncilReportSection {
  /** "Vragen aan het college" */
  heading: string;
  intro: string;
  /** Said instead of the steps when every item is covered. */
  none: string;
  steps: {
    step: Step;
    heading: string;
    questions: { id: string; status: 'partial' | 'missing'; statusText: string; question: string }[];
  }[];
}

/** The section, or null when the check has no council questions (a policy officer's check). */
export function councilSection(result: Pick<CheckResponse, 'items'>, lang: Lang): CouncilReportSection | null {
  if (!result.items.length || !result.items.every((i) => typeof i.councilQuestion === 'string')) return null;
  const t = translator(lang);
  const statusText = { partial: t('statusPartial'), missing: t('statusMissing') };
  return {
    heading: t('councilQuestionsTitle'),
    intro: t('councilQuestionsIntro'),
    none: t('councilQuestionsNone'),
    steps: councilQuestions(result.items).map(({ step, questions }) => ({
      step,
      heading: STEP_LABELS[step][lang],
      questions: questions.map((q) => ({ ...q, statusText: statusText[q.status] })),
    })),
  };
}

/** The section in Markdown lines; `escape` is the caller's escaping of quoted text. */
export function councilMarkdown(section: CouncilReportSection, escape: (s: string) => string): string[] {
  const lines = [`## ${section.heading}`, '', escape(section.intro), ''];
  if (!section.steps.length) lines.push(escape(section.none), '');
  for (const { heading, questions } of section.steps) {
    lines.push(`### ${heading}`, '');
    questions.forEach((q, i) => lines.push(`${i + 1}. ${escape(q.question)} (${q.statusText})`));
    lines.push('');
  }
  return lines;
}

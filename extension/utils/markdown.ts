/** The page check as Markdown, to share with colleagues or the council. */
import type { CheckResponse } from '@@/core/api/contract';
import { STEPS, STEP_LABELS, type Lang } from '@@/core/taxonomy';
import { translator } from './i18n';

const MARK = { covered: '✅', partial: '🟡', missing: '❌' } as const;
/** Markdown characters that could change the structure when quoted. */
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ').trim();

export function checkToMarkdown(result: CheckResponse, lang: Lang, pageTitle = '', date = new Date()): string {
  const t = translator(lang);
  const status = { covered: t('statusCovered'), partial: t('statusPartial'), missing: t('statusMissing') };
  const lines = [`# ${t('markdownTitle')}${pageTitle ? `: ${escapeMd(pageTitle)}` : ''}`, ''];
  lines.push(t('checkSummary', result.summary), '');
  for (const step of STEPS) {
    const items = result.items.filter((i) => i.step === step);
    if (!items.length) continue;
    lines.push(`## ${STEP_LABELS[step][lang]}`, '');
    for (const item of items) {
      lines.push(`- ${MARK[item.status]} **${status[item.status]}**: ${escapeMd(item.question)}`);
      for (const e of item.evidence) lines.push(`  > ${escapeMd(e)}`);
      if (item.status !== 'covered') lines.push(`  - ${t('advice')}: ${escapeMd(item.advice)}`);
    }
    lines.push('');
  }
  lines.push(`_${t('markdownSource', { date: date.toISOString().slice(0, 10) })}_`, '');
  return lines.join('\n');
}

/** The page check as Markdown, to share with colleagues or the council. */
import type { CheckResponse } from '@@/core/api/contract';
import type { Lang } from '@@/core/taxonomy';
import { translator } from './i18n';
import { buildReport, type Report, type ReportInput } from './report/model';
import { councilMarkdown, type CouncilReportSection } from './report/council';

const MARK = { covered: '✅', partial: '🟡', missing: '❌' } as const;
/** Markdown characters that could change the structure when quoted. */
const escapeMd = (s: string) =>
  s
    .replace(/([\\`*_[\]<>|#])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
/** A link only for https addresses (the schema allows no other); parentheses would end the link early. */
const link = (title: string, url?: string) =>
  url?.startsWith('https://') ? `[${escapeMd(title)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : escapeMd(title);

/** With a council section (a council member's check), the questions for the college come right after the summary. */
export function reportToMarkdown(report: Report, council: CouncilReportSection | null = report.council): string {
  const t = translator(report.lang);
  const lines = [`# ${escapeMd(report.heading)}`, ''];
  if (report.read) lines.push(escapeMd(report.read), '');
  lines.push(report.summary, '');
  if (council) lines.push(...councilMarkdown(council, escapeMd));
  for (const { heading, rows } of report.steps) {
    lines.push(`## ${heading}`, '');
    for (const row of rows) {
      lines.push(`- ${MARK[row.status]} **${row.statusText}**: ${escapeMd(row.question)}`);
      for (const e of row.evidence) lines.push(`  > ${escapeMd(e)}`);
      if (row.setAside)
        lines.push(`  - ${report.labels.setAside}: “${escapeMd(row.setAside.evidence)}” (${escapeMd(row.setAside.detail)})`);
      if (row.advice) lines.push(`  - ${t('advice')}: ${escapeMd(row.advice)}`);
    }
    lines.push('');
  }
  // Numbered lists, so the report's bullets stay the checklist's items.
  if (report.kept.length) {
    lines.push(`## ${report.labels.kept}`, '');
    report.kept.forEach((k, i) =>
      lines.push(`${i + 1}. ${escapeMd(k.title)}${k.source ? ` (${report.labels.source}: ${link(k.source.title, k.source.url)})` : ''}`),
    );
    lines.push('');
  }
  if (report.sources.length) {
    lines.push(`## ${report.labels.sources}`, '');
    report.sources.forEach((s, i) => lines.push(`${i + 1}. ${link(s.title, s.url)}`));
    lines.push('');
  }
  lines.push(`_${report.footer}_`, '');
  return lines.join('\n');
}

export function checkToMarkdown(
  result: CheckResponse,
  lang: Lang,
  pageTitle = '',
  date = new Date(),
  extra: Pick<ReportInput, 'read' | 'kept'> = {},
): string {
  return reportToMarkdown(buildReport({ check: result, lang, title: pageTitle, date: date.toISOString().slice(0, 10), ...extra }));
}

/** One intervention as plain text with its source, to paste into a note or an e-mail. */
import type { Intervention } from '@@/core/schema';
import type { Translate } from '../i18n';

/** The first source with an https address, else the first source: what "met bron" quotes. */
export const mainSource = (record: Pick<Intervention, 'sources'>) =>
  record.sources.find((s) => s.url?.startsWith('https://')) ?? record.sources[0];

export function interventionText(record: Pick<Intervention, 'title' | 'summary' | 'sources'>, t: Translate): string {
  const source = mainSource(record);
  const lines = [record.title, record.summary];
  if (source) lines.push(`${t('source')}: ${source.title}${source.url ? ` – ${source.url}` : ''}`);
  return lines.join('\n');
}

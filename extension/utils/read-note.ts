/** "Gelezen: de editor in dit venster, 2.860 tekens (412 woorden)": what a check read, for the screen and the report alike. */
import type { Lang } from '@@/core/taxonomy';
import type { Translate, MessageKey } from './i18n';
import type { DraftWhere } from './to-content';

const WHERE: Record<DraftWhere, MessageKey> = {
  selection: 'readSelection',
  editor: 'readEditor',
  'frame-editor': 'readFrameEditor',
  'shadow-editor': 'readEditor',
  field: 'readField',
  page: 'readPage',
  frame: 'readFrame',
  pdf: 'readPdf',
  'google-docs': 'readGoogleDocs',
  document: 'readDocument',
};

export const numberLocale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function readNote(read: { where: DraftWhere; chars: number; words: number }, t: Translate, lang: Lang): string {
  const n = (x: number) => x.toLocaleString(numberLocale(lang));
  return t('readNote', { where: t(WHERE[read.where]), chars: n(read.chars), words: n(read.words) });
}

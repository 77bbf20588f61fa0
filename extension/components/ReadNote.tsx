import type { PageCheck } from '@/utils/protocol';
import type { MessageKey } from '@/utils/i18n';
import { useLang, useT } from './i18n';

const WHERE: Record<PageCheck['read']['where'], MessageKey> = {
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

/** What the check read, so the user can see it was the draft: "Gelezen: de editor in dit venster, 2.860 tekens". */
export function ReadNote({ read }: { read: PageCheck['read'] }) {
  const t = useT();
  const lang = useLang();
  const n = (x: number) => x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <p class="hint read-note" data-where={read.where}>
      {t('readNote', { where: t(WHERE[read.where]), chars: n(read.chars), words: n(read.words) })}
    </p>
  );
}

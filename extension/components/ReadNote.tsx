import type { PageCheck } from '@/utils/protocol';
import { readNote } from '@/utils/read-note';
import { useLang, useT } from './i18n';

/** What the check read, so the user can see it was the draft: "Gelezen: de editor in dit venster, 2.860 tekens". */
export function ReadNote({ read }: { read: PageCheck['read'] }) {
  const t = useT();
  const lang = useLang();
  return (
    <p class="hint read-note" data-where={read.where}>
      {readNote(read, t, lang)}
    </p>
  );
}

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Intervention } from '@@/core/schema';
import { useT } from './i18n';
import { CopyWithSource } from './InterventionItem';
import { Sources } from './Sources';
import { Tags } from './Tags';

/** The element that scrolls a list: the panel body, or the page itself in the popup. */
function scrollerOf(el: Element | null): Element | null {
  for (let e = el?.parentElement; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if ((overflowY === 'auto' || overflowY === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return document.scrollingElement;
}

/**
 * A list with a detail view in its place. Opening moves focus to the
 * detail's heading; going back restores the list's scroll position and puts
 * focus on the title of the item that was opened, so keyboard and screen
 * reader users continue where they were.
 */
export function useDetailView<T extends { id: string }>() {
  const list = useRef<HTMLDivElement>(null);
  const [detail, setDetail] = useState<T | null>(null);
  const opened = useRef<{ id: string; scroller: Element | null; top: number } | null>(null);
  const open = (record: T) => {
    const scroller = scrollerOf(list.current);
    opened.current = { id: record.id, scroller, top: scroller?.scrollTop ?? 0 };
    setDetail(record);
  };
  useLayoutEffect(() => {
    const from = opened.current;
    if (detail || !from) return;
    opened.current = null;
    if (from.scroller) from.scroller.scrollTop = from.top;
    list.current?.querySelector<HTMLElement>(`[data-record="${from.id}"] .title`)?.focus({ preventScroll: true });
  }, [detail]);
  return { list, detail, open, back: () => setDetail(null) };
}

/** Everything about one intervention: the detail view of the panel and the popup. Escape goes back to the list. */
export function InterventionDetail({ record, onBack }: { record: Intervention; onBack: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const scroller = scrollerOf(heading.current);
    if (scroller) scroller.scrollTop = 0;
    heading.current?.focus({ preventScroll: true });
  }, [record.id]);
  return (
    <article
      class="detail"
      aria-labelledby={`detail-${record.id}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Back to the list, not closing the panel around it.
        e.preventDefault();
        e.stopPropagation();
        onBack();
      }}
    >
      <button type="button" class="link back" onClick={onBack}>
        ← {t('back')}
      </button>
      <h3 id={`detail-${record.id}`} ref={heading} tabIndex={-1}>
        {record.title}
      </h3>
      <Tags
        items={[
          ['domain', record.domains],
          ['ground', record.grounds],
          ['type', record.types],
        ]}
      />
      <p class="summary">{record.summary}</p>
      <CopyWithSource record={record} />
      <h4>{t('description')}</h4>
      <p>{record.description}</p>
      {record.whatWorks.length > 0 && (
        <>
          <h4>{t('whatWorks')}</h4>
          <ul>
            {record.whatWorks.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('evidence')}</h4>
      <p>{record.evidence}</p>
      {record.warning && (
        <p class="note warning">
          <strong>{t('warning')}: </strong>
          {record.warning}
        </p>
      )}
      {record.uncertain && (
        <p class="note">
          <strong>{t('uncertain')}: </strong>
          {record.uncertain}
        </p>
      )}
      {record.targetGroups.length > 0 && (
        <p>
          <strong>{t('targetGroups')}: </strong>
          {record.targetGroups.join(', ')}
        </p>
      )}
      {record.provider && (
        <p>
          <strong>{t('provider')}: </strong>
          {record.provider}
        </p>
      )}
      {record.municipalities.length > 0 && (
        <p>
          <strong>{t('municipalities')}: </strong>
          {record.municipalities.join(', ')}
        </p>
      )}
      <Sources sources={record.sources} />
    </article>
  );
}

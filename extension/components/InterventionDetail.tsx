import type { Intervention } from '@@/core/schema';
import { useT } from './i18n';
import { Sources } from './Sources';
import { Tags } from './Tags';

/** Everything about one intervention: the detail view of the panel and the popup. */
export function InterventionDetail({ record, onBack }: { record: Intervention; onBack: () => void }) {
  const t = useT();
  return (
    <article class="detail" aria-labelledby={`detail-${record.id}`}>
      <button type="button" class="link back" onClick={onBack}>
        ← {t('back')}
      </button>
      <h3 id={`detail-${record.id}`} tabIndex={-1} data-autofocus>
        {record.title}
      </h3>
      <Tags items={[['domain', record.domains], ['ground', record.grounds], ['type', record.types]]} />
      <p class="summary">{record.summary}</p>
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

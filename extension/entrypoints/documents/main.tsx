/** The full-page document check, opened from the popup: choose or drop a document anywhere on the page. */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { DocumentPicker } from '@/components/DocumentPicker';
import { useLang, useT } from '@/components/i18n';
import { WithSettings } from '@/components/WithSettings';
import '../../components/styles.css';

function DocumentsPage() {
  const t = useT();
  const lang = useLang();
  useEffect(() => void (document.title = t('docPageTitle')), [lang]);
  return (
    <main style={{ maxWidth: '52rem', margin: '0 auto', padding: '16px' }}>
      <h1>{t('docPageTitle')}</h1>
      <DocumentPicker dropOnPage />
    </main>
  );
}

render(<WithSettings>{() => <DocumentsPage />}</WithSettings>, document.getElementById('app')!);

/** The print view: the check report laid out for paper, printed to PDF from here. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WithSettings } from '@/components/WithSettings';
import { useT } from '@/components/i18n';
import { buildReport, type ReportInput } from '@/utils/report/model';
import { printItem } from '@/utils/report/print';
import { ReportView } from './ReportView';
import './report.css';

function ReportPage() {
  const t = useT();
  const [input, setInput] = useState<ReportInput | null | undefined>(undefined);
  useEffect(() => void printItem.getValue().then(setInput), []);
  const report = input ? buildReport(input) : null;
  useEffect(() => {
    if (!report) return;
    document.documentElement.lang = report.lang;
    document.title = report.heading;
    // Opened by "Afdrukken of opslaan als PDF": the print dialog follows once the report is on the page.
    requestAnimationFrame(() => window.print());
  }, [input]);
  if (input === undefined) return null;
  return (
    <main class="report-page">
      <div class="report-toolbar">
        <button type="button" onClick={() => window.print()}>
          {t('printReport')}
        </button>
      </div>
      {report ? <ReportView report={report} /> : <p role="alert">{t('reportNoData')}</p>}
    </main>
  );
}

render(<WithSettings>{() => <ReportPage />}</WithSettings>, document.getElementById('app')!);

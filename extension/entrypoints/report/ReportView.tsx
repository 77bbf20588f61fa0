import type { Report } from '@/utils/report/model';

const Link = ({ title, url }: { title: string; url?: string }) =>
  url?.startsWith('https://') ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <>{title}</>
  );

/** The report as a page: the same parts as the Word document, laid out to print on A4. */
export function ReportView({ report }: { report: Report }) {
  const { labels } = report;
  return (
    <article class="report" aria-labelledby="report-title">
      <h1 id="report-title">{report.heading}</h1>
      <p class="report-date">{report.dateText}</p>
      {report.read && (
        <section aria-labelledby="report-read">
          <h2 id="report-read">{labels.read}</h2>
          <p>{report.read}</p>
        </section>
      )}
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{labels.summary}</h2>
        <p class="report-summary">{report.summary}</p>
      </section>
      {report.council && (
        <section aria-labelledby="report-council">
          <h2 id="report-council">{report.council.heading}</h2>
          <p>{report.council.intro}</p>
          {!report.council.steps.length && <p class="report-none">{report.council.none}</p>}
          {report.council.steps.map(({ step, heading, questions }) => (
            <section key={step} aria-labelledby={`report-council-${step}`}>
              <h3 id={`report-council-${step}`}>{heading}</h3>
              <ol>
                {questions.map((q) => (
                  <li key={q.id}>
                    {q.question} ({q.statusText})
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      )}
      {report.steps.map(({ step, heading, rows }) => (
        <section key={step} class="report-step" aria-labelledby={`report-${step}`}>
          <h2 id={`report-${step}`}>{heading}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.item}</th>
                <th scope="col">{labels.status}</th>
                <th scope="col">{labels.evidence}</th>
                <th scope="col">{labels.advice}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-item={row.id} data-status={row.status}>
                  <td>{row.question}</td>
                  <td class={`report-status status-${row.status}`}>{row.statusText}</td>
                  <td>
                    {row.evidence.length ? (
                      row.evidence.map((e, i) => <blockquote key={i}>“{e}”</blockquote>)
                    ) : (
                      <span class="report-none">{labels.noEvidence}</span>
                    )}
                    {row.setAside && (
                      <p class="report-set-aside">
                        {labels.setAside}: “{row.setAside.evidence}” ({row.setAside.detail})
                      </p>
                    )}
                  </td>
                  <td>{row.advice}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="report-kept">
        <h2 id="report-kept">{labels.kept}</h2>
        {report.kept.length ? (
          <ul class="report-kept">
            {report.kept.map((k, i) => (
              <li key={i}>
                {k.title}
                {k.source && (
                  <>
                    {' — '}
                    {labels.source}: <Link title={k.source.title} url={k.source.url} />
                    {k.source.url && <span class="report-url"> ({k.source.url})</span>}
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="report-none">{labels.noKept}</p>
        )}
      </section>
      {report.sources.length > 0 && (
        <section aria-labelledby="report-sources">
          <h2 id="report-sources">{labels.sources}</h2>
          <ul>
            {report.sources.map((s, i) => (
              <li key={i}>
                <Link title={s.title} url={s.url} />
                {s.url && <span class="report-url"> ({s.url})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="report-footer">{report.footer}</p>
    </article>
  );
}

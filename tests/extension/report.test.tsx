/**
 * Reports people use: the page check as a real Word file, a print view and
 * Markdown that say the same, and one intervention copied with its source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkResponse, searchResponse } from '@@/core/api/responses';
import { STEPS, STEP_LABELS } from '@@/core/taxonomy';
import { CheckReport } from '@/components/CheckReport';
import { InterventionDetail } from '@/components/InterventionDetail';
import { InterventionItem } from '@/components/InterventionItem';
import { ReportView } from '@/entrypoints/report/ReportView';
import { translator } from '@/utils/i18n';
import { reportToMarkdown } from '@/utils/markdown';
import { interventionText } from '@/utils/report/copy';
import { reportToDocx } from '@/utils/report/docx';
import { keptRecords } from '@/utils/report/kept';
import { buildReport, reportFileName, type ReportInput } from '@/utils/report/model';
import { openPrintView, printItem } from '@/utils/report/print';
import { keep } from '@/utils/shortlist';
import { realEngine } from '../helpers';
import { tableCells, unescapeXml } from '../support/docx-xml';

const { engine } = realEngine();
const t = translator('nl');

/** The browser fixture's draft as the page check reads it: its text, paragraph by paragraph. */
function draftText(): string {
  const html = readFileSync(join(import.meta.dirname, '../e2e/fixtures/draft.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.querySelectorAll('main h1, main h2, main p, main textarea')].map(
    (el) => (el as HTMLTextAreaElement).value ?? el.textContent,
  );
  return blocks.map((b) => b!.trim()).join('\n');
}

const check = checkResponse(engine, draftText());
const record = searchResponse(engine, 'deurbeleid', {}, 1).results[0];
const input: ReportInput = {
  check: {
    ...check,
    // The sources of a checklist item, as the answer carries them when it does.
    items: check.items.map((i) =>
      i.id === 'begroting'
        ? {
            ...i,
            sources: [
              { title: 'Movisie: Handreiking', url: 'https://www.movisie.nl/publicatie/handreiking-antidiscriminatiebeleid-gemeenten' },
            ],
          }
        : i,
    ),
  },
  lang: 'nl',
  title: 'Concept nota gelijke behandeling Havenstede',
  read: { where: 'editor', chars: 2860, words: 402 },
  kept: [{ title: record.title, source: { title: record.sources[0].title, url: record.sources.find((s) => s.url)?.url } }],
  date: '2026-11-28',
};
const report = buildReport(input);

async function documentXml(blob: Blob) {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return { xml: strFromU8(files['word/document.xml']), rels: strFromU8(files['word/_rels/document.xml.rels']), files };
}
/** The text of each table row in document.xml, cells joined by " | ". */
const rowsOf = (xml: string) => tableCells(xml).map((row) => row.join(' | '));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the Word report', () => {
  it('is a real .docx with the title, date, what was read, the summary and a heading per step', async () => {
    const blob = await reportToDocx(report);
    const { xml, files } = await documentXml(blob);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const text = unescapeXml(xml);
    expect(text).toContain('Checklist antidiscriminatiebeleid: Concept nota gelijke behandeling Havenstede');
    expect(text).toContain('28 november 2026');
    expect(text).toContain('Gelezen: de editor op deze pagina, 2.860 tekens (402 woorden).');
    expect(text).toContain(`${check.summary.covered} gedekt, ${check.summary.partial} deels, ${check.summary.missing} ontbreekt`);
    for (const step of STEPS)
      expect(xml).toMatch(
        new RegExp(
          `<w:pStyle w:val="Heading1"/>[\\s\\S]{0,400}?${unescapeXml(STEP_LABELS[step].nl)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/'/g, '&apos;')}`,
        ),
      );
  });

  it('has one table row per checklist item with its status, the evidence quoted and what to add', async () => {
    const { xml } = await documentXml(await reportToDocx(report));
    const rows = rowsOf(xml).map(unescapeXml);
    const header: string[] = rows.filter((r) => r === 'Checklistpunt | Status | Gevonden in de tekst | Wat toe te voegen');
    expect(header).toHaveLength(report.steps.length);
    const items = rows.filter((r) => !header.includes(r));
    expect(items).toHaveLength(24);
    for (const item of check.items) {
      const row = items.find((r) => r.startsWith(`${item.question} |`));
      expect(row, item.id).toBeDefined();
      const [, status, evidence, advice] = row!.split(' | ');
      expect(status).toBe({ covered: 'Gedekt', partial: 'Deels', missing: 'Ontbreekt' }[item.status]);
      for (const e of item.evidence) expect(evidence).toContain(`“${e}”`);
      if (!item.evidence.length) expect(evidence).toBe('Niets gevonden');
      expect(advice ?? '').toBe(item.status === 'covered' ? '' : item.advice);
    }
    // The draft's budget sentence is quoted as the evidence for the budget item.
    expect(items.find((r) => r.includes('“Voor de uitvoering is jaarlijks 80.000 euro opgenomen in de begroting.”'))).toMatch(
      /\| Gedekt \|/,
    );
    expect(check.summary.covered + check.summary.partial).toBeGreaterThan(2);
  });

  it('lists "Mijn selectie" with each record and its source link, and the sources', async () => {
    const { xml, rels } = await documentXml(await reportToDocx(report));
    const text = unescapeXml(xml);
    expect(text).toContain('Mijn selectie');
    expect(text).toContain(`${record.title} — Bron: `);
    expect(text).toContain('Bronnen');
    expect(text).toContain('Movisie: Handreiking');
    const url = input.kept![0].source!.url!;
    expect(unescapeXml(rels)).toContain(`Target="${url}" TargetMode="External"`);
    expect(rels).toContain('https://www.movisie.nl/publicatie/handreiking-antidiscriminatiebeleid-gemeenten');
  });

  it('says so when nothing is kept, and names the file after the page and date', async () => {
    const empty = buildReport({ ...input, kept: [] });
    expect(unescapeXml((await documentXml(await reportToDocx(empty))).xml)).toContain('Er staat niets in Mijn selectie.');
    expect(reportFileName(empty, 'docx')).toBe('wegwijzer-checklist-concept-nota-gelijke-behandeling-havenstede-2026-11-28.docx');
    expect(reportFileName(buildReport({ ...input, title: '' }), 'docx')).toBe('wegwijzer-checklist-2026-11-28.docx');
  });
});

describe('Markdown and the print view', () => {
  it('say the same as the Word report: headings, statuses, evidence, advice, selection, sources', () => {
    const md = reportToMarkdown(report);
    const { container } = render(<ReportView report={report} />);
    const page = container.textContent!;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(report.heading);
    expect(md.split('\n')[0]).toBe(`# ${report.heading}`);
    for (const s of [report.summary, report.read!, report.footer]) {
      expect(page).toContain(s);
      expect(md).toContain(s);
    }
    for (const step of report.steps) {
      expect(screen.getByRole('heading', { level: 2, name: step.heading })).toBeTruthy();
      expect(md).toContain(`## ${step.heading}`);
    }
    const rows = container.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(24);
    for (const item of check.items) {
      const row = container.querySelector(`tr[data-item="${item.id}"]`)!;
      expect(row.getAttribute('data-status')).toBe(item.status);
      const status = { covered: 'Gedekt', partial: 'Deels', missing: 'Ontbreekt' }[item.status];
      expect(row.querySelectorAll('td')[1].textContent).toBe(status);
      expect(md).toContain(`**${status}**: ${item.question.replace(/([\\`*_[\]<>|#])/g, '\\$1')}`);
      for (const e of item.evidence) {
        expect(row.textContent).toContain(`“${e}”`);
        expect(md.replace(/\\/g, '')).toContain(`> ${e.replace(/\s+/g, ' ')}`);
      }
    }
    for (const heading of ['Mijn selectie', 'Bronnen']) {
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
      expect(md).toContain(`## ${heading}`);
    }
    const link = screen.getByRole('link', { name: input.kept![0].source!.title });
    expect(link.getAttribute('href')).toBe(input.kept![0].source!.url);
    expect(md).toContain(`](${input.kept![0].source!.url})`);
  });

  it('reaches the print view through session storage, not through its address', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPrintView(input);
    expect(await printItem.getValue()).toEqual(input);
    const url = create.mock.calls[0][0].url!;
    expect(url).toMatch(/\/report\.html$/);
    expect(url).not.toContain('Havenstede');
  });
});

describe('what the check set aside', () => {
  // A missing item whose quote the learnt verdict did not count: every export shows it, so a reader can disagree.
  const setAside = {
    evidence: 'Kadernota Antidiscriminatie <b>Havenstede</b>',
    detail: 'signaalwoorden "antidiscriminatie"; niet meegeteld',
  };
  const items = check.items.map((i) =>
    i.id === 'apart-beleid' ? { ...i, status: 'missing' as const, evidence: [], reasons: [], setAside } : i,
  );
  const withSetAside = buildReport({ ...input, check: { ...check, items } });
  const shown = `Genoemd, niet meegeteld: “${setAside.evidence}” (${setAside.detail})`;

  it('is in the Word report, the print view and the Markdown, beside the item it belongs to', async () => {
    const rows = rowsOf((await documentXml(await reportToDocx(withSetAside))).xml).map(unescapeXml);
    const row = rows.find((r) => r.includes(shown))!;
    expect(row).toContain(items.find((i) => i.id === 'apart-beleid')!.question);
    const { container } = render(<ReportView report={withSetAside} />);
    const cell = container.querySelector('tr[data-item="apart-beleid"] .report-set-aside')!;
    expect(cell.textContent).toBe(shown);
    expect(container.querySelector('b')).toBeNull();
    const md = reportToMarkdown(withSetAside);
    expect(md).toContain('Genoemd, niet meegeteld: “Kadernota Antidiscriminatie \\<b\\>Havenstede\\</b\\>”');
    expect(md.split('\n').filter((l) => l.includes('Genoemd, niet meegeteld'))).toHaveLength(1);
  });

  it('is absent from an item with nothing set aside', () => {
    expect(reportToMarkdown(report)).not.toContain('Genoemd, niet meegeteld');
  });
});

describe('CheckReport export buttons', () => {
  it('downloads a Word file with the check and the current "Mijn selectie"', async () => {
    await keep({ id: record.id, kind: 'intervention', title: record.title });
    let saved: { name: string; blob?: Blob } | undefined;
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, b as Blob);
      return url;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = { name: this.download, blob: blobs.get(this.href) };
    });
    render(<CheckReport result={{ ...check, read: input.read }} title={input.title} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download als Word-document' }));
    await waitFor(() => expect(saved).toBeDefined(), { timeout: 10_000 });
    expect(saved!.name).toMatch(/^wegwijzer-checklist-concept-nota-gelijke-behandeling-havenstede-\d{4}-\d\d-\d\d\.docx$/);
    const text = unescapeXml((await documentXml(saved!.blob!)).xml);
    expect(text).toContain('Gelezen: de editor op deze pagina');
    expect(text).toContain(record.title);
    expect(rowsOf(unescapeXml(text)).length).toBe(24 + report.steps.length);
  });

  it('opens the print view and copies Markdown with the same report', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CheckReport result={check} title={input.title} />);
    fireEvent.click(screen.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect((await printItem.getValue())?.check.summary).toEqual(check.summary);
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer als Markdown' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0][0]).toBe(reportToMarkdown(buildReport({ check, lang: 'nl', title: input.title, kept: [] })));
  });
});

describe('Kopieer met bron', () => {
  it('copies title, summary and source (title and address) as plain text from the list and the detail view', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const source = record.sources.find((s) => s.url?.startsWith('https://'))!;
    const expected = `${record.title}\n${record.summary}\nBron: ${source.title} – ${source.url}`;
    expect(interventionText(record, t)).toBe(expected);
    render(
      <ol>
        <InterventionItem record={record} onOpen={() => {}} />
      </ol>,
    );
    fireEvent.click(screen.getByRole('button', { name: `Kopieer met bron: ${record.title}` }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expected));
    cleanup();
    render(<InterventionDetail record={record} onBack={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: `Kopieer met bron: ${record.title}` }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('Gekopieerd met bron', { selector: 'button' })).toBeTruthy();
  });

  it("lists do's and don'ts from the shortlist by kind, and keeps only https links", () => {
    const kept = keptRecords(
      [
        { id: 'a', kind: 'do', title: 'Noem concrete doelen', addedAt: 1, source: { title: 'Movisie', url: 'https://www.movisie.nl/x' } },
        { id: 'b', kind: 'dont', title: 'Alleen meldcijfers', addedAt: 2, source: { title: 'Blog', url: 'http://example.org' } },
      ],
      t,
    );
    expect(kept).toEqual([
      { title: 'Doe: Noem concrete doelen', source: { title: 'Movisie', url: 'https://www.movisie.nl/x' } },
      { title: 'Niet doen: Alleen meldcijfers', source: { title: 'Blog' } },
    ]);
  });
});

describe('the council section', () => {
  it('is in the Word file, the print view and Markdown when the check was for a council member', async () => {
    const questions = new Map(realEngine().engine.kb.checklist.map((c) => [c.id, c.councilQuestion]));
    const council = buildReport({
      ...input,
      check: { ...check, items: check.items.map((i) => ({ ...i, councilQuestion: questions.get(i.id)! })) },
    });
    expect(council.council).not.toBeNull();
    const open = check.items.find((i) => i.status !== 'covered')!;
    const question = questions.get(open.id)!;
    expect(unescapeXml((await documentXml(await reportToDocx(council))).xml)).toContain(question);
    expect(reportToMarkdown(council).replace(/\\/g, '')).toContain(question);
    render(<ReportView report={council} />);
    expect(screen.getByRole('heading', { level: 2, name: council.council!.heading })).toBeTruthy();
    expect(screen.getByText(new RegExp(question.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeTruthy();
    // A policy officer's check has no such section.
    expect(report.council).toBeNull();
  });
});

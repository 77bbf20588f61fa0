/**
 * The report as a Word document (.docx), for colleagues, managers and the
 * council. Loaded only when the user exports (import('…/report/docx')), so the
 * docx library never weighs on the popup or the panel.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CouncilReportSection } from './council';
import type { Report, ReportRow, Status } from './model';

/** Status colours that read as text too (the status is always written out). */
const STATUS_COLOUR: Record<Status, string> = { covered: '1E6B34', partial: '8A5300', missing: 'A11D1D' };
/** Column widths in percent: item, status, evidence, what to add. */
const WIDTHS = [30, 12, 30, 28];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA3AE' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

const para = (text: string, opts: { italics?: boolean; bold?: boolean; colour?: string } = {}) =>
  new Paragraph({ children: [new TextRun({ text, italics: opts.italics, bold: opts.bold, color: opts.colour })] });

function cell(children: Paragraph[], width: number, header = false) {
  return new TableCell({
    children: children.length ? children : [new Paragraph('')],
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E3EAF2' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function headerRow(report: Report) {
  const { item, status, evidence, advice } = report.labels;
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [item, status, evidence, advice].map((label, i) => cell([para(label, { bold: true })], WIDTHS[i], true)),
  });
}

function itemRow(report: Report, row: ReportRow) {
  const evidence = row.evidence.length
    ? row.evidence.map((e) => para(`“${e}”`, { italics: true }))
    : [para(report.labels.noEvidence, { colour: '595959' })];
  if (row.setAside)
    evidence.push(para(`${report.labels.setAside}: “${row.setAside.evidence}” (${row.setAside.detail})`, { colour: '595959' }));
  return new TableRow({
    cantSplit: true,
    children: [
      cell([para(row.question)], WIDTHS[0]),
      cell([para(row.statusText, { bold: true, colour: STATUS_COLOUR[row.status] })], WIDTHS[1]),
      cell(evidence, WIDTHS[2]),
      cell(row.advice ? [para(row.advice)] : [], WIDTHS[3]),
    ],
  });
}

/** A source as a clickable link when it has an https address, with the address written out for print. */
function sourceParagraph(title: string, url: string | undefined, prefix = '') {
  // A kept record reads "<record> — Bron: <source>"; a plain source is just its title.
  const children = url?.startsWith('https://')
    ? [
        new TextRun(prefix),
        new ExternalHyperlink({ link: url, children: [new TextRun({ text: title, style: 'Hyperlink' })] }),
        new TextRun(` — ${url}`),
      ]
    : [new TextRun(`${prefix}${title}`)];
  return new Paragraph({ bullet: { level: 0 }, children });
}

/** For a council member: the questions to the college, by step, right after the summary (as in Markdown and print). */
function councilParagraphs(council: CouncilReportSection): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: council.heading }), para(council.intro)];
  if (!council.steps.length) out.push(para(council.none, { italics: true }));
  for (const { heading, questions } of council.steps) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: heading, keepNext: true }));
    for (const q of questions)
      out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${q.question} (${q.statusText})`)] }));
  }
  return out;
}

function body(report: Report): (Paragraph | Table)[] {
  const { labels } = report;
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.heading)] }),
    para(report.dateText),
  ];
  if (report.read) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.read }), para(report.read));
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.summary }), para(report.summary, { bold: true }));
  if (report.council) out.push(...councilParagraphs(report.council));
  for (const step of report.steps) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: step.heading, keepNext: true }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: BORDERS,
        rows: [headerRow(report), ...step.rows.map((r) => itemRow(report, r))],
      }),
    );
  }
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: labels.kept }));
  if (report.kept.length)
    for (const k of report.kept)
      out.push(k.source ? sourceParagraph(k.source.title, k.source.url, `${k.title} — ${labels.source}: `) : para(k.title));
  else out.push(para(labels.noKept, { italics: true }));
  if (report.sources.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: labels.sources }));
    for (const s of report.sources) out.push(sourceParagraph(s.title, s.url));
  }
  out.push(
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 240 },
      children: [new TextRun({ text: report.footer, italics: true })],
    }),
  );
  return out;
}

export function reportDocument(report: Report): Document {
  return new Document({
    creator: 'Wegwijzer antidiscriminatiebeleid',
    title: report.heading,
    description: report.summary,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: body(report) }],
  });
}

/** The report as the bytes of a .docx file. */
export function reportToDocx(report: Report): Promise<Blob> {
  return Packer.toBlob(reportDocument(report));
}

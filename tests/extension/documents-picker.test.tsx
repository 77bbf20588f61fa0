/**
 * The document chooser: labelled "document", reads the file in the extension,
 * sends only its text for the check and shows the same report as the page
 * check; a file too short to be a draft gets no verdict.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkResponse } from '@@/core/api/responses';
import { DocumentPicker } from '@@/extension/components/DocumentPicker';
import { LangContext } from '@@/extension/components/i18n';
import { realEngine } from '../helpers';
import { draftMarkdown, makeDocx } from '../support/make-documents';

const { engine } = realEngine();
const md = draftMarkdown();

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** The background, as private mode answers: the real engine on the text it is sent. */
function background() {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    seen.push(message);
    const text = (message as { body: { text: string } }).body.text;
    return Promise.resolve({ ok: true, mode: 'private', data: checkResponse(engine, text) });
  });
  return seen;
}

const choose = (file: File) => {
  const input = screen.getByLabelText(/document/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

const summaryOf = (text: string) => {
  const { covered, partial, missing } = checkResponse(engine, text).summary;
  return `${covered} gedekt, ${partial} deels, ${missing} ontbreekt`;
};

describe('DocumentPicker', () => {
  it('is a file chooser named "document" for .docx, .odt, .pdf, .txt and .md', () => {
    render(<DocumentPicker />);
    const input = screen.getByLabelText('Kies een document (.docx, .odt, .pdf, .txt, .md)') as HTMLInputElement;
    expect(input.type).toBe('file');
    for (const ext of ['.docx', '.odt', '.pdf', '.txt', '.md']) expect(input.accept.split(',')).toContain(ext);
  });

  it('reads a Word file, sends only its text, and shows the report the pasted draft gets', async () => {
    const seen = background();
    render(<DocumentPicker />);
    choose(new File([new Uint8Array(await makeDocx(md))], 'beleidsnota.docx'));
    expect(await screen.findByText(/^Gelezen: beleidsnota\.docx, \d+ woorden$/)).toBeTruthy();
    expect((await screen.findByText(summaryOf(md), {}, { timeout: 5000 })).getAttribute('role')).toBe('status');
    expect(document.querySelectorAll('[data-item]')).toHaveLength(24);
    expect(screen.getByText(/Privémodus/)).toBeTruthy();
    expect(seen).toHaveLength(1);
    const body = (seen[0] as { wegwijzer: string; body: { text: string } }).body;
    expect((seen[0] as { wegwijzer: string }).wegwijzer).toBe('check');
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).toContain('## 4. Doelen en plan');
  });

  it('gives no verdict on a document too short to be a draft', async () => {
    const seen = background();
    render(<DocumentPicker />);
    choose(new File(['# Notitie\n\nKorte aantekening over discriminatie en de begroting.'], 'notitie.md'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/In notitie\.md is geen concepttekst gevonden.*minstens 150/);
    expect(screen.queryByText(/gedekt, \d+ deels/)).toBeNull();
    expect(seen).toHaveLength(0);
  });

  it('says what to do with a file it cannot read, in the chosen language', async () => {
    render(
      <LangContext.Provider value="en">
        <DocumentPicker />
      </LangContext.Provider>,
    );
    choose(new File(['x'], 'nota.doc'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /nota\.doc is not a \.docx, \.odt, \.pdf, \.txt or \.md file\. Save it as/,
    );
  });

  it('takes a dropped document', async () => {
    background();
    render(<DocumentPicker />);
    const zone = document.querySelector('.drop-zone')!;
    fireEvent.dragOver(zone);
    fireEvent.drop(zone, { dataTransfer: { files: [new File([md], 'beleidsnota.md')] } });
    expect((await screen.findByText(summaryOf(md), {}, { timeout: 5000 })).getAttribute('role')).toBe('status');
  });
});

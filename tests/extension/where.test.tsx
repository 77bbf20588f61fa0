/** Drafts that are not in the page's DOM: Google Docs (canvas) and PDFs in the browser's viewer. */
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPdfAddress } from '@/entrypoints/background/pdf-tab';
import { Popup } from '@/components/Popup';
import { googleDocExport, googleDocId } from '@/utils/google-docs';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Google Docs', () => {
  it('recognises a document by its address, also for a second account, and nothing else', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    expect(googleDocId(`https://docs.google.com/document/d/${id}/edit`)).toBe(id);
    expect(googleDocId(`https://docs.google.com/document/u/1/d/${id}/edit#heading=h.x`)).toBe(id);
    expect(googleDocId(`https://docs.google.com/spreadsheets/d/${id}/edit`)).toBeNull();
    expect(googleDocId(`https://docs.google.com.evil.example/document/d/${id}/edit`)).toBeNull();
    expect(googleDocId(`http://docs.google.com/document/d/${id}/edit`)).toBeNull();
    expect(googleDocExport(id)).toBe(`https://docs.google.com/document/d/${id}/export?format=txt`);
  });

  it('opens the popup on the paste box there: one click to advice on a passage', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit' } as never,
    ]);
    render(<Popup />);
    expect(await screen.findByText(/Google Docs-document/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Plak tekst' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('PDF tabs', () => {
  it('recognises a PDF by its address', () => {
    expect(isPdfAddress('https://gemeente.nl/raad/2026/nota.pdf')).toBe(true);
    expect(isPdfAddress('https://gemeente.nl/raad/2026/nota.PDF?download=1')).toBe(true);
    expect(isPdfAddress('https://gemeente.nl/raad/2026/nota.html')).toBe(false);
  });
});

/** The panel: loading, answer with its mode, errors, Escape to close. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { matchResponse } from '@@/core/api/responses';
import { Panel } from '@/entrypoints/panel/Panel';
import { realEngine } from '../helpers';

const { engine } = realEngine();

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function answerWith(answer: unknown) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    seen.push(message);
    return Promise.resolve(answer);
  });
  return seen;
}

describe('Panel', () => {
  it('is a dialog labelled Wegwijzer that asks once and says which mode answered', async () => {
    const text = 'Verhuurders wijzen woningzoekenden af vanwege hun afkomst.';
    const seen = answerWith({ ok: true, mode: 'fallback', data: matchResponse(engine, text) });
    render(<Panel text={text} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Wegwijzer' })).toBeTruthy();
    expect(screen.getByText('Even zoeken…')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Interventies' });
    expect(screen.getByText(/niet bereikbaar.*opgeslagen kennisbank/)).toBeTruthy();
    expect(seen).toEqual([{ wegwijzer: 'match', body: { text } }]);
  });

  it('shows an error with a retry when nothing can answer', async () => {
    answerWith({ ok: false, error: 'unreachable', message: '' });
    render(<Panel text="een twee drie" onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/niet bereikbaar/);
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('says when no text was selected (the shortcut without a selection), and sends nothing', async () => {
    const seen = answerWith({ ok: false, error: 'internal', message: '' });
    render(<Panel text="" onClose={() => {}} />);
    expect(screen.getByText(/geen tekst geselecteerd/)).toBeTruthy();
    expect(seen).toEqual([]);
  });

  it('names the server it could not reach and points to the settings', async () => {
    answerWith({ ok: false, error: 'unreachable', message: '', detail: { apiUrl: 'https://wegwijzer.gemeente.nl' } });
    render(<Panel text="een twee drie" onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/https:\/\/wegwijzer\.gemeente\.nl/);
    expect(screen.getByRole('button', { name: 'Instellingen' })).toBeTruthy();
  });

  it('closes on Escape', async () => {
    answerWith({ ok: false, error: 'timeout', message: '' });
    const onClose = vi.fn();
    render(<Panel text="een twee drie" onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});

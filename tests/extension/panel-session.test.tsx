/**
 * The panel page and its one-time session: the passage arrives once; a panel
 * whose session is gone (a reloaded or replayed frame address, older than a
 * minute, a background that does not answer) says so and what to do, and
 * never stays blank.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LangContext } from '@/components/i18n';
import { createPanelSession, takePanelSession } from '@/entrypoints/background/panel-sessions';
import { PanelPage } from '@/entrypoints/panel/Panel';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

/** The background's side of the session, with the real session store; every other message gets an error. */
function backgroundWithSessions() {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { wegwijzer: name, body } = message as { wegwijzer: string; body: { session: string } };
    asked.push(name);
    return Promise.resolve(name === 'panelSession' ? takePanelSession(body.session) : { ok: false, error: 'timeout', message: '' });
  });
  return asked;
}

const openPanelPage = (session: string, lang: 'nl' | 'en' = 'nl') => {
  history.replaceState(null, '', `/panel.html?session=${session}`);
  return render(
    <LangContext.Provider value={lang}>
      <PanelPage />
    </LangContext.Provider>,
  );
};

describe('panel page and its session', () => {
  it('gets the passage once; the same address loaded again says the selection is gone and how to go on', async () => {
    const asked = backgroundWithSessions();
    const id = createPanelSession('Verhuurders wijzen woningzoekenden af vanwege hun afkomst.');
    openPanelPage(id);
    await screen.findByText('Even zoeken…');
    await waitFor(() => expect(asked).toEqual(['panelSession', 'match']));
    cleanup();

    // A reload of the frame (or a page replaying its address): the session was used.
    openPanelPage(id);
    const note = await screen.findByRole('alert');
    expect(note.textContent).toMatch(/niet meer beschikbaar.*Selecteer de tekst opnieuw/);
    expect(screen.getByRole('dialog', { name: 'Wegwijzer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sluiten' })).toBeTruthy();
    // Nothing was asked for the gone session: no match on an empty text.
    expect(asked).toEqual(['panelSession', 'match', 'panelSession']);
  });

  it('says the same for a session older than a minute, in the chosen language', async () => {
    backgroundWithSessions();
    const id = createPanelSession('een passage over stages', Date.now() - 61_000);
    openPanelPage(id, 'en');
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer available.*Select the text again/);
  });

  it('does not stay blank when the background gives no answer', async () => {
    // No listener answers: ask() turns that into a failure, which the panel must show.
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    openPanelPage('0123456789abcdef0123456789abcdef');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Selecteer de tekst opnieuw/);
  });
});

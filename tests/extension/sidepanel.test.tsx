/**
 * The side panel: how the background opens it (inside the user's action, with
 * the panel beside the text as the fallback), the context menu's page check,
 * and the side panel page itself, which follows each new activation.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { matchResponse } from '@@/core/api/responses';
import { LangContext } from '@/components/i18n';
import { KeepButton, ShortlistView } from '@/components/Shortlist';
import { openPanelFor, setDisplay } from '@/entrypoints/background/panel-sessions';
import { COMMAND, MENU_CHECK_ID, onCheckMenuClick, onCommand } from '@/entrypoints/background/triggers';
import { SidePanel } from '@/entrypoints/sidepanel/SidePanel';
import { readSideView, showInSidePanel, takePopupCheck } from '@/entrypoints/sidepanel/state';
import { readShortlist } from '@/utils/shortlist';
import { realEngine } from '../helpers';

const { engine } = realEngine();
type Open = (o: { windowId: number }) => Promise<void>;
const fake = fakeBrowser as unknown as { sidePanel?: { open: Open } };

let open: ReturnType<typeof vi.fn<Open>>;
beforeEach(() => {
  fakeBrowser.reset();
  open = vi.fn<Open>(async () => {});
  fake.sidePanel = { open };
  setDisplay('sidepanel');
});
afterEach(() => {
  cleanup();
  delete fake.sidePanel;
});

const sender = (windowId: number, frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: 7, windowId } as never, frameId });

describe('opening the side panel', () => {
  it("opens it in the same turn as the button's message, then puts the passage there", async () => {
    const answer = openPanelFor(sender(3), 'Verhuurders wijzen woningzoekenden af vanwege hun afkomst.');
    // Before anything is awaited: the browser honours the user's click only now.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await answer).toEqual({ ok: true, data: { shown: 'sidepanel' } });
    expect(await readSideView(3)).toMatchObject({
      view: 'advice',
      tabId: 7,
      text: 'Verhuurders wijzen woningzoekenden af vanwege hun afkomst.',
    });
    // Open now: the next activation only updates it.
    await openPanelFor(sender(3), 'Een tweede passage van een paar woorden.');
    expect(open).toHaveBeenCalledTimes(1);
    expect(await readSideView(3)).toMatchObject({ text: 'Een tweede passage van een paar woorden.' });
  });

  it('falls back to the panel beside the text when the browser refuses the side panel', async () => {
    open.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    expect(await openPanelFor(sender(4), 'een twee drie')).toEqual({ ok: true, data: { shown: 'panel' } });
    expect(sent).toHaveBeenCalledWith(7, expect.objectContaining({ wegwijzer: 'showPanel' }), { frameId: 0 });
  });

  it('does not open the side panel for a user who chose the panel beside the text, nor where there is none', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    setDisplay('beside');
    expect(await openPanelFor(sender(5), 'een twee drie')).toEqual({ ok: true, data: { shown: 'panel' } });
    setDisplay('sidepanel');
    delete fake.sidePanel;
    expect(await openPanelFor(sender(6), 'een twee drie')).toEqual({ ok: true, data: { shown: 'panel' } });
    expect(open).not.toHaveBeenCalled();
    expect(sent).toHaveBeenCalledTimes(2);
  });
});

describe('the shortcut', () => {
  it("opens the side panel while the key press counts as the user's action; the frame with the selection fills it", async () => {
    const show = vi.fn(async () => ({ ok: true as const, data: { shown: 'sidepanel' as const } }));
    const pressed = onCommand(COMMAND, 8, show, 0, 21);
    expect(open).toHaveBeenCalledWith({ windowId: 21 });
    await pressed;
    // No frame had a selection: the side panel says so.
    expect(show).toHaveBeenCalledWith(8, '', 'corner');
  });
});

describe('"Controleer deze pagina" in the context menu', () => {
  it('opens the side panel in the click and asks it for the check of that tab', async () => {
    const popup = vi.fn(async () => {});
    // Window 13: no side panel open there yet (the background remembers open ones until they close).
    const result = onCheckMenuClick(MENU_CHECK_ID, 7, 13, popup);
    expect(open).toHaveBeenCalledWith({ windowId: 13 });
    expect(await result).toBe('sidepanel');
    expect(await readSideView(13)).toMatchObject({ view: 'check', tabId: 7 });
    expect(popup).not.toHaveBeenCalled();
  });

  it('opens the popup on the check where the side panel is not wanted or refuses', async () => {
    const popup = vi.fn(async () => {});
    setDisplay('beside');
    const result = onCheckMenuClick(MENU_CHECK_ID, 7, 14, popup);
    expect(popup).toHaveBeenCalledTimes(1); // in the click, too
    expect(await result).toBe('popup');
    expect(await takePopupCheck()).toBe(true);
    expect(await takePopupCheck()).toBe(false); // taken once

    setDisplay('sidepanel');
    open.mockRejectedValue(new Error('no'));
    expect(await onCheckMenuClick(MENU_CHECK_ID, 8, 9, popup)).toBe('popup');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('ignores other menu items and clicks outside a tab', () => {
    expect(onCheckMenuClick('wegwijzer-selection', 7, 3)).toBeUndefined();
    expect(onCheckMenuClick(MENU_CHECK_ID, undefined, 3)).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
  });

  it('an old popup request does not run a check the user did not just ask for', async () => {
    await fakeBrowser.storage.session.set({ 'popup-check': { tabId: 7, at: Date.now() - 60_000 } });
    expect(await takePopupCheck()).toBe(false);
  });
});

function answerMatches() {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { wegwijzer, body } = message as { wegwijzer: string; body: { text: string } };
    if (wegwijzer !== 'match') return undefined;
    asked.push(body.text);
    return Promise.resolve({ ok: true, mode: 'api', data: matchResponse(engine, body.text) });
  });
  return asked;
}

describe('the side panel page', () => {
  it('is named Wegwijzer, says how to start, and shows the advice of each new activation', async () => {
    const asked = answerMatches();
    render(<SidePanel windowId={3} />);
    expect(screen.getByRole('main', { name: 'Wegwijzer' })).toBeTruthy();
    expect(screen.getByText(/Selecteer een passage van minstens drie woorden/)).toBeTruthy();

    await showInSidePanel(3, { view: 'advice', tabId: 7, text: 'Portiers van clubs weigeren jongeren van kleur de toegang.' });
    await screen.findByRole('heading', { name: 'Advies bij je selectie' });
    await screen.findByText('Portiers van clubs weigeren jongeren van kleur de toegang.');
    await screen.findByRole('heading', { name: 'Interventies' });
    expect(screen.getByRole('tab', { name: 'Advies', selected: true })).toBeTruthy();

    await showInSidePanel(3, { view: 'advice', tabId: 7, text: 'Verhuurders wijzen woningzoekenden af vanwege hun afkomst.' });
    await screen.findByText('Verhuurders wijzen woningzoekenden af vanwege hun afkomst.');
    await vi.waitFor(() =>
      expect(asked).toEqual([
        'Portiers van clubs weigeren jongeren van kleur de toegang.',
        'Verhuurders wijzen woningzoekenden af vanwege hun afkomst.',
      ]),
    );

    // Another window's activation is not this side panel's.
    await showInSidePanel(4, { view: 'advice', tabId: 8, text: 'Iets in een ander venster van de browser.' });
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toHaveLength(2);
  });

  it('switches to the check when asked, and keeps each tab as it was', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    const checks: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { wegwijzer: string; body: unknown };
      if (m.wegwijzer === 'checkPage') checks.push(m.body);
      return Promise.resolve({ ok: false, error: 'no-draft', message: '', detail: { words: 12 } });
    });
    render(<SidePanel windowId={3} />);
    await showInSidePanel(3, { view: 'check', tabId: 7 });
    await screen.findByRole('tab', { name: 'Controleer deze pagina', selected: true });
    await screen.findByRole('alert');
    // The whole draft, never silently the selection.
    expect(checks).toEqual([{ tabId: 7, scope: 'page' }]);
    fireEvent.click(screen.getByRole('tab', { name: 'Mijn selectie' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Controleer deze pagina' }));
    expect(checks).toHaveLength(1);
  });

  it('"Bewaar" keeps an item in Mijn selectie and a second press removes it', async () => {
    answerMatches();
    render(<SidePanel windowId={3} />);
    await showInSidePanel(3, { view: 'advice', tabId: 7, text: 'Portiers van clubs weigeren jongeren van kleur de toegang.' });
    const first = (await screen.findAllByRole('button', { name: /^Bewaar / }))[0];
    const title = first.getAttribute('aria-label')!.replace(/^Bewaar /, '');
    expect(first.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(first);
    await vi.waitFor(async () => expect((await readShortlist()).map((e) => e.title)).toEqual([title]));
    expect(first.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('tab', { name: 'Mijn selectie' }));
    const list = await screen.findByRole('list', { name: 'Mijn selectie' });
    expect(within(list).getByText(title, { exact: false })).toBeTruthy();
    fireEvent.click(first);
    await vi.waitFor(async () => expect(await readShortlist()).toEqual([]));
    await screen.findByText(/Je hebt nog niets bewaard/);
  });
});

describe('shortlist components in English', () => {
  it('labels the toggle and the list in the chosen language', async () => {
    render(
      <LangContext.Provider value="en">
        <KeepButton entry={{ id: 'a', kind: 'do', title: 'Meet what happens' }} />
        <ShortlistView />
      </LangContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep Meet what happens' }));
    await screen.findByRole('button', { name: 'Remove Meet what happens from My selection' });
  });
});

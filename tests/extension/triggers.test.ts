/** The context-menu item and the keyboard shortcut open the panel in the tab. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@@/core/api/contract';
import { COMMAND, MENU_ID, onCommand, onMenuClick } from '@/entrypoints/background/triggers';
import { notePanelOpened } from '@/entrypoints/background/panel-sessions';

beforeEach(() => fakeBrowser.reset());

describe('selection triggers', () => {
  it('open the panel for a menu click with the selected text, beside the selection in the top frame', async () => {
    const show = vi.fn(async () => ({ ok: true as const, data: { shown: 'panel' as const } }));
    await onMenuClick(MENU_ID, 'een twee drie', 7, 0, show);
    expect(show).toHaveBeenCalledWith(7, 'een twee drie', 'selection');
    // A selection in a frame: the panel opens in the corner of the top frame.
    await onMenuClick(MENU_ID, 'een twee drie', 7, 5, show);
    expect(show).toHaveBeenLastCalledWith(7, 'een twee drie', 'corner');
  });

  it('ignore other menu items, other commands and clicks outside a tab', async () => {
    const show = vi.fn();
    await onMenuClick('other', 'een twee drie', 7, 0, show);
    await onMenuClick(MENU_ID, 'een twee drie', undefined, 0, show);
    await onCommand('other', 8, show, 0);
    expect(show).not.toHaveBeenCalled();
  });

  it('cut a selection at the selection limit', async () => {
    const show = vi.fn();
    await onMenuClick(MENU_ID, 'x'.repeat(LIMITS.selectionChars + 10), 7, 0, show);
    expect((show.mock.calls[0] as unknown[])[1]).toHaveLength(LIMITS.selectionChars);
  });

  it('the shortcut says so when no frame has a selection, and stays quiet when one opened the panel', async () => {
    const show = vi.fn();
    await onCommand(COMMAND, 8, show, 0);
    expect(show).toHaveBeenCalledWith(8, '', 'corner');
    show.mockClear();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => notePanelOpened(9)) as never);
    await onCommand(COMMAND, 9, show, 0);
    expect(show).not.toHaveBeenCalled();
  });
});

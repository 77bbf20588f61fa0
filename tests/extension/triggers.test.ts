/** The context-menu item and the keyboard shortcut open the panel in the tab. */
import { describe, expect, it, vi } from 'vitest';
import { COMMAND, MENU_ID, onCommand, onMenuClick } from '../../extension/utils/background/selection-triggers';

describe('selection triggers', () => {
  it('forward a menu click, with the selected text, and the shortcut to the tab', async () => {
    const send = vi.fn(async () => undefined);
    await onMenuClick(MENU_ID, 'een twee drie', 7, send);
    expect(send).toHaveBeenCalledWith(7, { type: 'wegwijzer:open-panel', text: 'een twee drie' });
    await onCommand(COMMAND, 8, send);
    expect(send).toHaveBeenCalledWith(8, { type: 'wegwijzer:open-panel' });
  });

  it('ignore other menu items, other commands and clicks outside a tab', async () => {
    const send = vi.fn(async () => undefined);
    await onMenuClick('other', 'een twee drie', 7, send);
    await onMenuClick(MENU_ID, 'een twee drie', undefined, send);
    await onCommand('other', 8, send);
    expect(send).not.toHaveBeenCalled();
  });

  it('never forwards more than 20,000 characters of a selection', async () => {
    const send = vi.fn(async () => undefined);
    await onMenuClick(MENU_ID, 'x'.repeat(30_000), 7, send);
    expect((send.mock.calls[0] as unknown[])[1]).toMatchObject({ text: 'x'.repeat(20_000) });
  });
});

/** "Mijn selectie" in extension storage: kept once each, in order, validated on read, never draft text. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearShortlist, keep, parseShortlist, readShortlist, remove, SHORTLIST_MAX, toggle } from '@/utils/shortlist';

beforeEach(() => fakeBrowser.reset());

const intervention = { id: 'anoniem-solliciteren', kind: 'intervention' as const, title: 'Anoniem solliciteren' };
const dont = { id: 'dont-losse-maatregel', kind: 'dont' as const, title: 'Zet anoniem solliciteren niet in als losse maatregel.' };

describe('shortlist', () => {
  it('keeps items once each, oldest first, and removes them', async () => {
    await keep(intervention, 1);
    await keep(dont, 2);
    await keep(intervention, 3);
    expect((await readShortlist()).map((e) => [e.id, e.addedAt])).toEqual([
      ['anoniem-solliciteren', 1],
      ['dont-losse-maatregel', 2],
    ]);
    await remove('anoniem-solliciteren');
    expect((await readShortlist()).map((e) => e.id)).toEqual(['dont-losse-maatregel']);
    await clearShortlist();
    expect(await readShortlist()).toEqual([]);
  });

  it('toggles: a second press removes what the first kept', async () => {
    expect((await toggle(intervention)).map((e) => e.id)).toEqual(['anoniem-solliciteren']);
    expect(await toggle(intervention)).toEqual([]);
    expect(await readShortlist()).toEqual([]);
  });

  it('stores ids, kinds, titles and a public source only: any other field (such as text) is dropped', async () => {
    await keep({ ...intervention, source: { title: 'Bron', url: 'https://example.org/a' }, text: 'mijn concepttekst' } as never);
    const raw = (await fakeBrowser.storage.local.get('shortlist')).shortlist as Record<string, unknown>[];
    expect(raw).toHaveLength(1);
    expect(Object.keys(raw[0]).sort()).toEqual(['addedAt', 'id', 'kind', 'source', 'title']);
    expect(JSON.stringify(raw)).not.toContain('concepttekst');
  });

  it('reads a corrupt or foreign stored value as a list of its valid entries', async () => {
    expect(parseShortlist('kapot')).toEqual([]);
    expect(parseShortlist(null)).toEqual([]);
    const entries = parseShortlist([
      { ...intervention, addedAt: 1 },
      { ...intervention, addedAt: 2 }, // twice: kept once
      { id: 'x', kind: 'onbekend', title: 'x', addedAt: 1 },
      { id: '', kind: 'do', title: 'leeg id', addedAt: 1 },
      { id: 'y', kind: 'do', title: 'http-bron', addedAt: 1, source: { title: 'b', url: 'http://example.org' } },
      42,
    ]);
    expect(entries.map((e) => [e.id, e.addedAt])).toEqual([['anoniem-solliciteren', 1]]);
    await fakeBrowser.storage.local.set({ shortlist: { not: 'a list' } });
    expect(await readShortlist()).toEqual([]);
  });

  it('refuses more than it can hold, keeping what is there', async () => {
    const full = Array.from({ length: SHORTLIST_MAX }, (_, i) => ({ id: `r${i}`, kind: 'do', title: `Doe ${i}`, addedAt: i }));
    await fakeBrowser.storage.local.set({ shortlist: full });
    const after = await keep({ id: 'nieuw', kind: 'do', title: 'Nieuw' });
    expect(after).toHaveLength(SHORTLIST_MAX);
    expect(after.some((e) => e.id === 'nieuw')).toBe(false);
  });
});

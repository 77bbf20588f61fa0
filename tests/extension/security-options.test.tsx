/** Issue 15, finding 4: the options page says when the stored API address is not used. */
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '@/components/Options';
import { DEFAULT_API_URL } from '@/utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = (async () => false) as typeof fakeBrowser.permissions.contains;
});
afterEach(cleanup);

const store = (apiUrl: string) =>
  fakeBrowser.storage.local.set({ settings: { apiUrl, mode: 'auto', language: 'nl', disabledSites: [] }, settings$: { v: 2 } });

describe('options page and a refused API address', () => {
  it('says an address without the user’s grant is not used, and shows the default in the field', async () => {
    await store('https://evil.example');
    render(<Options />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('https://evil.example');
    expect(alert.textContent).toContain('Zonder toestemming');
    expect(alert.textContent).toContain(DEFAULT_API_URL);
    expect((screen.getByRole('textbox', { name: /adres/i }) as HTMLInputElement).value).toBe(DEFAULT_API_URL);
  });

  it('says a plain-http address off localhost is not used', async () => {
    await store('http://intranet.example');
    render(<Options />);
    expect((await screen.findByRole('alert')).textContent).toContain('https://');
  });

  it('says nothing when the address is in use', async () => {
    await store('http://localhost:8787');
    render(<Options />);
    await screen.findByRole('heading', { level: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/**
 * Settings in storage.local, validated on every read: a corrupt or foreign
 * value never crashes the extension, it falls back to safe defaults. Older
 * versions are migrated (v1 had `privateMode: boolean`).
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { AUDIENCES, DEFAULT_AUDIENCE } from '@@/core/taxonomy';

export const DEFAULT_API_URL: string = import.meta.env.WEGWIJZER_API_URL ?? 'http://localhost:8787';

export const SettingsSchema = z.object({
  apiUrl: z._default(z.string(), DEFAULT_API_URL),
  mode: z._default(z.enum(['auto', 'private']), 'auto'),
  language: z._default(z.enum(['nl', 'en']), 'nl'),
  /** Hostnames where the selection button stays hidden. */
  disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500)), []),
  /** Who is reading: a policy officer (the default) or a council member, who gets questions for the college and the council lens. */
  audience: z._default(z.enum(AUDIENCES), DEFAULT_AUDIENCE),
  /** Where advice on a selection shows: the browser's side panel (where it has one) or the panel beside the text. */
  display: z._default(z.enum(['sidepanel', 'beside']), 'sidepanel'),
});
export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Keeps each valid field of a stored value and replaces the rest with defaults. */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const one = SettingsSchema.safeParse({ [key]: obj[key] });
    out[key] = one.success ? one.data[key] : DEFAULT_SETTINGS[key];
  }
  return out as Settings;
}

/**
 * v1 → v2: `privateMode: true` became `mode: 'private'`. Idempotent: a value
 * that is already v2 (its version mark lost, or written by another context
 * first) keeps its mode, so running it twice never switches private mode off.
 */
export function migrateV1(v1: unknown): unknown {
  if (!v1 || typeof v1 !== 'object') return {};
  const { privateMode, ...rest } = v1 as Record<string, unknown>;
  if (privateMode === undefined) return rest;
  return { ...rest, mode: privateMode === true ? 'private' : 'auto' };
}

/** The settings with their migration. Defined on first use: a content script, which only reads, never runs (and writes) the migration. */
let item: ReturnType<typeof defineSettingsItem> | undefined;
const defineSettingsItem = () => storage.defineItem<unknown>('local:settings', { fallback: {}, version: 2, migrations: { 2: migrateV1 } });
export const settingsItem = () => (item ??= defineSettingsItem());

/** What the stored value says, before the API address is checked. */
async function storedSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export type ApiUrlProblem = 'not-https' | 'not-granted';

/** Local addresses and the built-in one are granted by the manifest; any other needs the user's grant. */
const grantedByManifest = (origin: string) =>
  ['localhost', '127.0.0.1'].includes(new URL(origin).hostname) || origin === new URL(DEFAULT_API_URL).origin;

/**
 * Why a stored API address may not be used, or null when it may: it must be
 * https (or http on localhost) and its origin granted to the extension. The
 * storage can be written by others than the options page (content scripts
 * share it), so this is checked on every read, not only when saving.
 */
export async function apiUrlProblem(apiUrl: string): Promise<ApiUrlProblem | null> {
  if (apiUrl === DEFAULT_API_URL) return null;
  const parsed = parseApiUrl(apiUrl);
  if (parsed === null || parsed !== apiUrl) return 'not-https';
  const origin = new URL(parsed).origin;
  if (grantedByManifest(origin)) return null;
  try {
    return (await browser.permissions.contains({ origins: [`${origin}/*`] })) ? null : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

/** The settings in effect: an API address that may not be used is replaced by the default (the options page says so). */
export async function getSettings(): Promise<Settings> {
  const s = await storedSettings();
  return (await apiUrlProblem(s.apiUrl)) ? { ...s, apiUrl: DEFAULT_API_URL } : s;
}

/** The stored API address when it is not used, and why; null when it is in use. */
export async function refusedApiUrl(): Promise<{ apiUrl: string; problem: ApiUrlProblem } | null> {
  const { apiUrl } = await storedSettings();
  const problem = await apiUrlProblem(apiUrl);
  return problem ? { apiUrl, problem } : null;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

export const watchSettings = (cb: (s: Settings) => void) => settingsItem().watch((v) => cb(parseSettings(v)));

/** Normalises an API address typed by a user; null if it is not one we accept. */
export function parseApiUrl(input: string): string | null {
  try {
    const url = new URL(input.trim());
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

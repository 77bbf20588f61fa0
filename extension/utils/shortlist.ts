/**
 * "Mijn selectie": the interventions and do's and don'ts a user keeps while
 * reading and writing. Stored in storage.local as ids, kinds, titles and the
 * record's main source (all public knowledge-base data), never any draft
 * text, and validated on every read like the settings.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

export const SHORTLIST_MAX = 200;

export const ShortlistEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(['intervention', 'do', 'dont']),
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  /** When it was kept (ms since 1970), so the list shows in the order the user built it. */
  addedAt: z.number(),
  /** The record's main source (public data), for the exported report. */
  source: z.optional(
    z.object({
      title: z.string().check(z.minLength(1), z.maxLength(500)),
      url: z.optional(z.string().check(z.maxLength(2000), z.startsWith('https://'))),
    }),
  ),
});
export type ShortlistEntry = z.output<typeof ShortlistEntrySchema>;
export type NewShortlistEntry = Omit<ShortlistEntry, 'addedAt'>;

const shortlistItem = storage.defineItem<unknown>('local:shortlist', { fallback: [] });

/** Keeps the valid entries of a stored value, once each; anything else is dropped. */
export function parseShortlist(raw: unknown): ShortlistEntry[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: ShortlistEntry[] = [];
  for (const item of raw) {
    const entry = ShortlistEntrySchema.safeParse(item);
    if (!entry.success || seen.has(entry.data.id)) continue;
    seen.add(entry.data.id);
    out.push(entry.data);
  }
  return out.slice(0, SHORTLIST_MAX);
}

/** The shortlist, oldest first: for the side panel, the popup and the exported report. */
export async function readShortlist(): Promise<ShortlistEntry[]> {
  try {
    return parseShortlist(await shortlistItem.getValue());
  } catch {
    return [];
  }
}

async function write(entries: ShortlistEntry[]): Promise<ShortlistEntry[]> {
  await shortlistItem.setValue(entries);
  return entries;
}

/** Keeps an item; the title is cut to what an entry may hold. A full list keeps its oldest items and refuses more. */
export async function keep(entry: NewShortlistEntry, now = Date.now()): Promise<ShortlistEntry[]> {
  const list = await readShortlist();
  if (list.some((e) => e.id === entry.id) || list.length >= SHORTLIST_MAX) return list;
  const parsed = ShortlistEntrySchema.safeParse({ ...entry, title: entry.title.trim().slice(0, 500), addedAt: now });
  return parsed.success ? write([...list, parsed.data]) : list;
}

export async function remove(id: string): Promise<ShortlistEntry[]> {
  return write((await readShortlist()).filter((e) => e.id !== id));
}

/** Keep or remove: the toggle on each result. */
export async function toggle(entry: NewShortlistEntry): Promise<ShortlistEntry[]> {
  return (await readShortlist()).some((e) => e.id === entry.id) ? remove(entry.id) : keep(entry);
}

export const clearShortlist = () => write([]);

export const watchShortlist = (cb: (entries: ShortlistEntry[]) => void) => shortlistItem.watch((v) => cb(parseShortlist(v)));

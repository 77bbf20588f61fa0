/**
 * The extension's one message protocol. Each message has a name, the schema
 * of its request (validated once, by the receiver), the type of its answer,
 * and who may send it:
 *
 *   ui       extension pages (popup, panel, side panel, options, documents)
 *   content  content scripts, which run inside web pages and are trusted less
 *   bg       the background, to a tab's content scripts
 *
 * Answers are not validated again: the background validates what comes from
 * the network (api.ts) and builds the rest itself.
 */
import * as z from 'zod/mini';
import type { CheckResponse, MatchResponse, SearchResponse } from '@@/core/api/contract';
import { LIMITS } from '@@/core/api/limits';
import { DraftPartSchema, type DraftWhere } from './to-content';

export * from './envelope';
export type { DraftPart, DraftWhere } from './to-content';
import { AUDIENCES, DOMAINS, GROUNDS, TYPES } from '@@/core/taxonomy';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const tabId = z.number().check(z.int(), z.nonnegative());
const frameId = z.number().check(z.int(), z.nonnegative());
const requestId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

export const ScopeSchema = z.enum(['page', 'selection']);
export type Scope = z.output<typeof ScopeSchema>;

export const PROTOCOL = {
  /** Advice on a passage; `audience` overrides the user's setting for this view ("Wat vraagt de raad?"). */
  match: { from: 'ui', request: z.strictObject({ text: text(LIMITS.selectionChars), audience: z.optional(z.enum(AUDIENCES)) }) },
  check: {
    from: 'ui',
    request: z.strictObject({ text: text(LIMITS.draftChars), audience: z.optional(z.enum(AUDIENCES)) }),
  },
  search: {
    from: 'ui',
    request: z.strictObject({
      q: z.string().check(z.maxLength(LIMITS.queryChars)),
      domain: z.optional(z.enum(DOMAINS)),
      ground: z.optional(z.enum(GROUNDS)),
      type: z.optional(z.enum(TYPES)),
      limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(LIMITS.maxSearchLimit))),
    }),
  },
  /** The check of the draft in a tab: read from every frame, choose the draft, check it. */
  checkPage: { from: 'ui', request: z.strictObject({ tabId, scope: ScopeSchema, audience: z.optional(z.enum(AUDIENCES)) }) },
  /** Scroll to and mark an evidence sentence in the frame it was read from. */
  highlight: { from: 'ui', request: z.strictObject({ tabId, frameId: z.optional(frameId), sentence: text(5000) }) },
  /** The panel page asks for the passage it was opened for (once; the session then ends). */
  panelSession: { from: 'ui', request: z.strictObject({ session: requestId }) },
  /** The panel frame closes itself (close button, Escape). */
  closePanel: { from: 'ui', request: z.strictObject({}) },
  /** What a page's content script needs of the settings: its language, and whether the button is off on this site. */
  pageSettings: { from: 'content', request: z.strictObject({}) },
  /** The user activated the selection button (a trusted click or key): open the panel for this text. */
  openPanel: { from: 'content', request: z.strictObject({ text: text(LIMITS.selectionChars) }) },
  /** A frame's answer to collectDraft. */
  draftParts: {
    from: 'content',
    // `frames`: the frames in that document, so the background knows when every frame has answered.
    request: z.strictObject({
      requestId,
      parts: z.array(DraftPartSchema).check(z.maxLength(20)),
      frames: z.number().check(z.int(), z.nonnegative(), z.maximum(1000)),
    }),
  },
} as const;

export interface PageCheck extends CheckResponse {
  /** What was read: where, how much, and from which frame (for the evidence highlight). */
  read: { where: DraftWhere; words: number; chars: number; frameId: number; label?: string };
  title: string;
  /** Words in the user's selection, when there is one the user could check instead. */
  selectionWords: number;
}

export interface PanelSession {
  text: string;
  /** The passage the advice is about, when the selection was longer than a passage may be. */
  part?: { chars: number; of: number };
}

/**
 * The draft is not in the page but in a file the tab shows (a PDF in the
 * browser's viewer) or behind it (a Google Docs document, read through its
 * text export): the extension page that asked fetches and reads it itself,
 * then asks `check`.
 */
export interface ReadElsewhere {
  readElsewhere: 'pdf' | 'google-docs';
  /** The PDF's address, or the document's plain-text export. */
  url: string;
  title: string;
}

/** The answer type of each message. */
export interface Answers {
  match: MatchResponse & { part?: PanelSession['part'] };
  check: CheckResponse;
  search: SearchResponse;
  checkPage: PageCheck | ReadElsewhere;
  highlight: { found: 'text' | 'field' | 'not-found' };
  panelSession: PanelSession;
  closePanel: { closed: boolean };
  pageSettings: { language: 'nl' | 'en'; siteOff: boolean };
  openPanel: { shown: 'sidepanel' | 'panel' | 'window' };
  draftParts: { received: boolean };
}

export type MessageName = keyof typeof PROTOCOL;
export type RequestOf<K extends MessageName> = z.input<(typeof PROTOCOL)[K]['request']>;

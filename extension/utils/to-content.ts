/**
 * What the background sends to a tab's content scripts, and what a frame
 * offers as the draft. Apart from protocol.ts so the content script, which
 * runs in every frame of every page, does not carry the whole protocol.
 */
import * as z from 'zod/mini';
import { LIMITS } from '@@/core/api/limits';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const requestId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** Where the page check found its text, so the user sees what was read. */
export const DraftWhereSchema = z.enum([
  'selection',
  'editor',
  'frame-editor',
  'shadow-editor',
  'field',
  'page',
  'frame',
  'pdf',
  'google-docs',
  'document',
]);
export type DraftWhere = z.output<typeof DraftWhereSchema>;

/** One candidate text a frame offers for the page check. */
export const DraftPartSchema = z.strictObject({
  where: DraftWhereSchema,
  text: text(LIMITS.draftChars),
  /** The user is typing in it (it has focus): the draft, whatever its size. */
  focused: z.boolean(),
  /** An editable region (textarea, contenteditable, designMode) rather than page text. */
  editable: z.boolean(),
  label: z.optional(z.string().check(z.maxLength(200))),
});
export type DraftPart = z.output<typeof DraftPartSchema>;

/** Messages the background sends to a tab's content scripts. */
export const TO_CONTENT = {
  /** Open the panel (an extension frame) in this tab for a panel session. */
  showPanel: z.strictObject({ session: requestId, near: z.optional(z.enum(['selection', 'corner'])) }),
  hidePanel: z.strictObject({}),
  /** The context menu or the shortcut: take the selection of this frame, if there is one. */
  useSelection: z.strictObject({ text: z.optional(z.string().check(z.maxLength(LIMITS.selectionChars))) }),
  /** Each frame answers with a draftParts message. */
  collectDraft: z.strictObject({ requestId, withSelection: z.boolean() }),
  highlight: z.strictObject({ sentence: text(5000) }),
} as const;

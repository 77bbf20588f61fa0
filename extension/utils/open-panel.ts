/**
 * The one message a content script receives: open the panel for the
 * selection (from the context menu or the keyboard shortcut). Kept apart from
 * messages.ts so the content script, which runs on every page, stays small.
 */
import * as z from 'zod/mini';

export const OpenPanelSchema = z.strictObject({ type: z.literal('wegwijzer:open-panel'), text: z.optional(z.string().check(z.maxLength(20_000))) });
export type OpenPanel = z.output<typeof OpenPanelSchema>;

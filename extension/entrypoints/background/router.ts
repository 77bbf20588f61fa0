/**
 * The background's message handler: walks the protocol map. A message is
 * answered only when its name is known, its sender may send it and its
 * request matches the schema; anything else gets no answer at all.
 */
import type { Browser } from 'wxt/browser';
import { PROTOCOL, type Answer, type Answers, type MessageName } from '@/utils/protocol';
import * as z from 'zod/mini';
import { answerCheck, answerMatch, answerSearch } from './answer';
import { receiveDraftParts, checkPage } from './page-check';
import { highlightInTab } from './highlight';
import { getSettings } from '@/utils/settings';
import { closePanelFor, openPanelFor, takePanelSession } from './panel-sessions';

type Sender = Browser.runtime.MessageSender;
type Handler<K extends MessageName> = (request: z.output<(typeof PROTOCOL)[K]['request']>, sender: Sender) => Promise<Answer<Answers[K]>>;

const HANDLERS: { [K in MessageName]: Handler<K> } = {
  match: (r) => answerMatch(r.text, r.audience),
  check: (r) => answerCheck(r.text, r.audience),
  search: (r) => answerSearch(r.q, { domain: r.domain, ground: r.ground, type: r.type }, r.limit),
  checkPage: (r) => checkPage(r.tabId, r.scope, r.audience),
  highlight: (r) => highlightInTab(r.tabId, r.frameId ?? 0, r.sentence),
  panelSession: async (r) => takePanelSession(r.session),
  closePanel: (_r, sender) => closePanelFor(sender),
  pageSettings: (_r, sender) => pageSettingsFor(sender),
  openPanel: (r, sender) => openPanelFor(sender, r.text),
  draftParts: async (r, sender) => ({ ok: true, data: { received: receiveDraftParts(r.requestId, sender, r.parts, r.frames) } }),
};

/** The site is the tab's (the top page's), as the popup's per-site switch names it; frames follow their page. */
async function pageSettingsFor(sender: Sender): Promise<Answer<Answers['pageSettings']>> {
  const { language, disabledSites } = await getSettings();
  let host = '';
  try {
    host = new URL(sender.tab?.url ?? sender.url ?? '').hostname;
  } catch {
    /* no address: the button stays on */
  }
  return { ok: true, data: { language, siteOff: host !== '' && disabledSites.includes(host) } };
}

/** Extension pages (popup, panel frame, side panel, options) have our origin; content scripts have the page's. */
export function senderKind(sender: Sender, extensionOrigin: string): 'ui' | 'content' | null {
  if (sender.url?.startsWith(extensionOrigin)) return 'ui';
  if (sender.tab?.id !== undefined && sender.frameId !== undefined) return 'content';
  return null;
}

export function handleMessage(message: unknown, sender: Sender, extensionOrigin: string): Promise<Answer<unknown>> | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const { wegwijzer: name, body } = message as { wegwijzer?: unknown; body?: unknown };
  if (typeof name !== 'string' || !Object.hasOwn(PROTOCOL, name)) return undefined;
  const spec = PROTOCOL[name as MessageName];
  // Page-level actions (reading a tab, calling the API) are for extension pages only, never for a content script.
  if (senderKind(sender, extensionOrigin) !== spec.from) return undefined;
  const parsed = spec.request.safeParse(body);
  if (!parsed.success) return undefined;
  return (HANDLERS[name as MessageName] as Handler<MessageName>)(parsed.data as never, sender);
}

/**
 * "Controleer deze pagina": reads the draft from every frame of the tab
 * (through the content scripts already running there, so no extra host
 * permissions), chooses the one text that is the draft, and checks it. On
 * too little text there is no verdict: a verdict on the wrong text is worse
 * than none.
 */
import { browser, type Browser } from 'wxt/browser';
import { LIMITS } from '@@/core/api/limits';
import type { Audience } from '@@/core/taxonomy';
import { readDraft } from '@/injected/read-draft';
import { envelope, failure, type Answer, type Answers, type DraftPart, type Scope } from '@/utils/protocol';
import { wordCount } from '@/utils/words';
import { answerCheck } from './answer';
import { googleDocExport, googleDocId } from '@/utils/google-docs';
import { newSessionId } from './panel-sessions';
import { isPdfAddress, pdfOfTab } from './pdf-tab';

/** Frames answer within milliseconds; wait this long after the last one, and never longer than the cap. */
const QUIET_MS = 250;
const MAX_WAIT_MS = 2000;

export type FramePart = DraftPart & { frameId: number };

type Collection = {
  tabId: number;
  parts: FramePart[];
  topUrl?: string;
  answered: Set<number>;
  expected: number;
  touch(): void;
  done(): void;
};
const pending = new Map<string, Collection>();

/** A frame's parts, accepted only for a collection under way in the same tab. */
export function receiveDraftParts(requestId: string, sender: Browser.runtime.MessageSender, parts: DraftPart[], frames = 0): boolean {
  const entry = pending.get(requestId);
  const frameId = sender.frameId ?? 0;
  if (!entry || sender.tab?.id !== entry.tabId || entry.answered.has(frameId)) return false;
  for (const part of parts) entry.parts.push({ ...part, frameId });
  // The top frame's address, from the browser (not the page): tells a Google Docs document or a PDF apart.
  if (frameId === 0 && sender.url) entry.topUrl = sender.url;
  // Every frame says how many frames it holds: once all have answered there is nothing to wait for.
  entry.answered.add(frameId);
  entry.expected += frames;
  if (entry.answered.size >= entry.expected) entry.done();
  else entry.touch();
  return true;
}

async function collectFromFrames(tabId: number, withSelection: boolean): Promise<{ parts: FramePart[]; topUrl?: string } | null> {
  const requestId = newSessionId();
  let reached = true;
  const collected = await new Promise<{ parts: FramePart[]; topUrl?: string }>((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(cap);
      pending.delete(requestId);
      resolve(entry);
    };
    // A frame that cannot answer (no content script there) is waited for until QUIET_MS pass without news.
    const entry: Collection = {
      tabId,
      parts: [],
      answered: new Set(),
      expected: 1,
      touch: () => (clearTimeout(quiet), (quiet = setTimeout(done, QUIET_MS))),
      done: () => done(),
    };
    const cap = setTimeout(done, MAX_WAIT_MS);
    pending.set(requestId, entry);
    browser.tabs.sendMessage(tabId, envelope('collectDraft', { requestId, withSelection })).then(
      () => pending.has(requestId) && entry.touch(),
      () => ((reached = false), done()),
    );
  });
  return reached ? collected : null;
}

/** No content script in the tab (it was open before the extension was installed): read the top frame directly. */
async function injectIntoTopFrame(tabId: number, withSelection: boolean): Promise<FramePart[] | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readDraft, args: [withSelection] });
    const parts = (result?.result ?? []) as DraftPart[];
    return parts.map((p) => ({ ...p, frameId: 0 }));
  } catch {
    return null;
  }
}

const words = (p: FramePart) => wordCount(p.text);
const most = (parts: FramePart[]) =>
  parts.reduce<FramePart | undefined>((best, p) => (!best || words(p) > words(best) ? p : best), undefined);

/**
 * The draft among the parts: with scope "selection", the selection. Otherwise
 * the editor the user is typing in, else the editable region with the most
 * text (Word for the web, an editor in a frame or a shadow root), if either is
 * long enough to be a draft; else the text of the frame with the most words,
 * with the fields and editable areas on it (a form with a field per section).
 */
export function chooseDraft(parts: FramePart[], scope: Scope): FramePart | undefined {
  if (scope === 'selection') return most(parts.filter((p) => p.where === 'selection'));
  const candidates = parts.filter((p) => p.where !== 'selection');
  const enough = (p: FramePart) => words(p) >= LIMITS.minDraftWords;
  const editor =
    most(candidates.filter((p) => p.editable && p.focused && enough(p))) ?? most(candidates.filter((p) => p.editable && enough(p)));
  if (editor) return editor;
  const frames = [...new Set(candidates.map((p) => p.frameId))].map((frameId) => {
    const own = candidates.filter((p) => p.frameId === frameId);
    const page = own.find((p) => !p.editable);
    const text = [page?.text ?? '', ...own.filter((p) => p.editable && !page?.text.includes(p.text)).map((p) => p.text)]
      .filter(Boolean)
      .join('\n\n');
    return { ...(page ?? own[0]), text, frameId };
  });
  return most(frames);
}

export async function checkPage(tabId: number, scope: Scope, audience?: Audience): Promise<Answer<Answers['checkPage']>> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const title = tab?.title ?? '';
  if (scope === 'page' && tab?.url && isPdfAddress(tab.url)) return { ok: true, data: { readElsewhere: 'pdf', url: tab.url, title } };
  const collected: { parts?: FramePart[]; topUrl?: string } = (await collectFromFrames(tabId, true)) ?? {
    parts: (await injectIntoTopFrame(tabId, true)) ?? undefined,
  };
  const url = tab?.url || collected.topUrl;
  // Google Docs shows its text on a canvas: never judge the page, read the document's text export.
  const docId = scope === 'page' ? googleDocId(url) : null;
  if (docId) return { ok: true, data: { readElsewhere: 'google-docs', url: googleDocExport(docId), title } };
  const parts = collected.parts;
  const selectionWords = Math.max(0, ...(parts ?? []).filter((p) => p.where === 'selection').map(words));
  const draft = parts && chooseDraft(parts, scope);
  const n = draft ? words(draft) : 0;
  if (!draft || n < LIMITS.minDraftWords) {
    // No draft in the page: a PDF in the browser's viewer is read by the page that asked.
    const pdf = scope === 'page' ? await pdfOfTab(tabId, url) : null;
    if (pdf) return { ok: true, data: { readElsewhere: 'pdf', url: pdf, title } };
    if (!parts) return failure('not-allowed');
    if (!draft) return failure(scope === 'selection' ? 'no-selection' : 'no-draft', '', { words: 0 });
    return failure('no-draft', '', { words: n });
  }
  const answer = await answerCheck(draft.text, audience);
  if (!answer.ok) return answer;
  const read = {
    where: draft.where,
    words: n,
    chars: draft.text.length,
    frameId: draft.frameId,
    ...(draft.label ? { label: draft.label } : {}),
  };
  return { ...answer, data: { ...answer.data, read, title, selectionWords } };
}

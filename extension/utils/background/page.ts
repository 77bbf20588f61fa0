/**
 * Work in the active tab for the popup: read the draft for the page check and
 * highlight an evidence sentence. Uses activeTab, granted by opening the popup.
 */
import { browser } from 'wxt/browser';
import type { CheckResponse } from '../../../core/api/contract';
import { HIGHLIGHT_CSS, highlightSentence } from '../highlight';
import { failure, type Answer } from '../messages';
import { extractPageText, type PageText } from '../page-text';
import { answerCheck } from './answer';

export type PageCheck = CheckResponse & { source: PageText['source']; title: string };

export async function checkPage(tabId: number): Promise<Answer<PageCheck>> {
  let page: PageText | undefined;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, allFrames: false }, func: extractPageText });
    page = result?.result as PageText | undefined;
  } catch {
    return failure('not-allowed');
  }
  if (!page || typeof page.text !== 'string' || !page.text.trim()) return failure('no-text');
  const answer = await answerCheck(page.text);
  return answer.ok ? { ...answer, data: { ...answer.data, source: page.source, title: String(page.title ?? '') } } : answer;
}

export async function highlightInPage(tabId: number, sentence: string): Promise<Answer<{ found: string }>> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: highlightSentence, args: [sentence] });
    return { ok: true, mode: 'private', data: { found: String(result?.result ?? 'not-found') } };
  } catch {
    return failure('not-allowed');
  }
}

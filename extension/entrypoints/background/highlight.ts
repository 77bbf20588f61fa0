/** Shows an evidence sentence in the frame the draft was read from. */
import { browser } from 'wxt/browser';
import { EVIDENCE_CUT } from '@@/core/api/limits';
import { highlightSentence } from '@/injected/highlight';
import { envelope, failure, type Answer, type Answers } from '@/utils/protocol';

export async function highlightInTab(tabId: number, frameId: number, quoted: string): Promise<Answer<Answers['highlight']>> {
  // A long evidence sentence is quoted cut, ending in EVIDENCE_CUT: look up the part that stands in the page.
  const sentence = quoted.endsWith(EVIDENCE_CUT) ? quoted.slice(0, -EVIDENCE_CUT.length) : quoted;
  try {
    const found = (await browser.tabs.sendMessage(tabId, envelope('highlight', { sentence }), { frameId })) as
      Answers['highlight'] | undefined;
    if (found?.found) return { ok: true, data: found };
  } catch {
    /* no content script in that frame (a tab opened before install): inject into the top frame below */
  }
  if (frameId !== 0) return failure('not-allowed');
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: highlightSentence, args: [sentence] });
    return { ok: true, data: { found: (result?.result as Answers['highlight']['found']) ?? 'not-found' } };
  } catch {
    return failure('not-allowed');
  }
}

/**
 * The background's message handler: validates every request and routes it.
 * Unknown or malformed messages get no answer at all.
 */
import { RequestSchema, type Answer } from '../messages';
import { answerCheck, answerMatch, answerSearch } from './answer';
import { checkPage, highlightInPage } from './page';

export function handleRequest(message: unknown): Promise<Answer<unknown>> | undefined {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const req = parsed.data;
  switch (req.type) {
    case 'wegwijzer:match':
      return answerMatch(req.text);
    case 'wegwijzer:check':
      return answerCheck(req.text);
    case 'wegwijzer:search':
      return answerSearch(req.q, { domain: req.domain, ground: req.ground, type: req.type_ });
    case 'wegwijzer:check-page':
      return checkPage(req.tabId);
    case 'wegwijzer:highlight':
      return highlightInPage(req.tabId, req.sentence);
  }
}

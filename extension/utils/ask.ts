/**
 * Asks the background: `ask('match', { text })` sends the request and its
 * answer is typed by the protocol. A background that cannot be reached (the
 * extension was updated, the page outlived it) is an 'internal' failure.
 */
import { browser } from 'wxt/browser';
import { envelope, failure, type Answer } from './envelope';
import type { Answers, MessageName, RequestOf } from './protocol';

export async function ask<K extends MessageName>(name: K, request: RequestOf<K>): Promise<Answer<Answers[K]>> {
  try {
    const answer = (await browser.runtime.sendMessage(envelope(name, request))) as Answer<Answers[K]> | undefined;
    return answer ?? failure('internal', 'no answer');
  } catch {
    return failure('internal');
  }
}

/**
 * Plain text and Markdown. Markdown headings and list markers are kept as
 * they are (the check reads them as structure); "* ", "+ ", "• " and numbered
 * items become "- "; in plain text, short numbered lines become headings.
 */
import type { Block } from './blocks';

/**
 * A text saved from a word processor has one line per paragraph; a text wrapped
 * at a fixed width (e-mail, some editors) breaks sentences over lines. The
 * second kind: most long lines stop mid-sentence and none is very long.
 */
function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((l) => l.trim().length > 40);
  if (long.length < 3 || long.some((l) => l.length > 100)) return false;
  return long.filter((l) => !/[.!?:;]["'”’)]?$/.test(l.trim())).length >= long.length / 2;
}

/** In plain text, a short numbered line without a closing stop is a section heading: "2. Wat speelt er?", "2.1 Doelen". */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}.*[^.;:,]$/u;
const countWordsIn = (s: string) => s.split(/\s+/).length;

export function readPlain(text: string, markdown: boolean): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  const join = markdown || isHardWrapped(lines);
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'para', text: para.join(' ') });
    para = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    const heading = markdown ? /^(#{1,6})\s+(.*?)\s*#*$/.exec(line) : null;
    const numbered = markdown ? null : NUMBERED_HEADING.exec(line);
    const item = /^(?:[-*+•–]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (numbered && countWordsIn(line) <= 10) {
      flush();
      blocks.push({ type: 'heading', level: numbered[1].split('.').filter(Boolean).length + 1, text: line });
    } else if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1].length, text: heading[2] });
    } else if (item) {
      flush();
      blocks.push({ type: 'item', text: item[1] });
    } else if (join) para.push(line);
    else {
      flush();
      blocks.push({ type: 'para', text: line });
    }
  }
  flush();
  return blocks;
}

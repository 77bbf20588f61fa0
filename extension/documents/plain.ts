/**
 * Plain text and Markdown. Markdown headings and list markers are kept as
 * they are (the check reads them as structure); "* " and "+ " and numbered
 * items become "- "; lines of one paragraph are joined.
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
    const item = /^(?:[-*+•–]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (heading) {
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

/**
 * Static guards on the extension's sources and styles: nothing is injected as
 * HTML, and the colour pairs of the UI meet WCAG 2.1 AA contrast (4.5:1 for
 * text) in the light and the dark scheme.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@@/scripts/kb-files';

const EXT = join(ROOT, 'extension');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.(ts|tsx|html)$/.test(f) ? [join(dir, f)] : [],
  );

describe('no HTML injection', () => {
  it('never uses innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const offenders = files(EXT).filter((f) =>
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('contrast', () => {
  const css = readFileSync(join(EXT, 'components', 'styles.css'), 'utf8');
  const schemes = css
    .match(/--ww-bg:[\s\S]*?}/g)!
    .map((block) => Object.fromEntries([...block.matchAll(/--ww-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]])));
  /** [foreground, background] pairs that carry text. */
  const PAIRS = [
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['accent', 'bg'],
    ['accent-fg', 'accent'],
    ['fg', 'soft'],
    ['muted', 'soft'],
    ['accent', 'soft'],
    ['do', 'bg'],
    ['dont', 'bg'],
    ['bg', 'do'],
    ['bg', 'dont'],
    ['covered', 'bg'],
    ['partial', 'bg'],
    ['missing', 'bg'],
    ['fg', 'warn-bg'],
  ];

  it.each(['light', 'dark'])('meets AA for every text colour pair (%s)', (scheme) => {
    const vars = schemes[scheme === 'light' ? 0 : 1];
    const low = PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(vars[fg], vars[bg]) })).filter((x) => x.ratio < 4.5);
    expect(low).toEqual([]);
  });
});

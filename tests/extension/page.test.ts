/** Reading a draft from a page, highlighting evidence, Markdown export, the selection. */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkResponse } from '@@/core/api/responses';
import { checkToMarkdown } from '@/utils/markdown';
import { readDraft } from '@/injected/read-draft';
import { readSelection } from '@/entrypoints/content/snapshot';
import { wordCount } from '@/utils/words';
import { realEngine } from '../helpers';

beforeEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('readDraft', () => {
  const find = (parts: ReturnType<typeof readDraft>, where: string) => parts.find((p) => p.where === where)?.text ?? '';

  it('offers the main content, textareas and editable areas as separate parts, not the navigation or hidden text', () => {
    document.body.innerHTML = `
      <nav>Home Beleid Contact</nav>
      <main><h1>Nota</h1><p>Onze ambitie is een stad zonder discriminatie.</p>
        <textarea>Voor de uitvoering is 90.000 euro per jaar begroot.</textarea></main>
      <aside contenteditable="true">De raad ontvangt elk jaar een voortgangsbrief.</aside>
      <div hidden><textarea>verborgen tekst</textarea></div>`;
    const parts = readDraft(false, document);
    expect(find(parts, 'page')).toContain('Onze ambitie is een stad zonder discriminatie.');
    expect(find(parts, 'page')).not.toContain('Home Beleid Contact');
    expect(find(parts, 'field')).toContain('90.000 euro per jaar begroot.');
    expect(find(parts, 'editor')).toContain('voortgangsbrief');
    expect(parts.every((p) => !p.text.includes('verborgen tekst'))).toBe(true);
    expect(parts.some((p) => p.where === 'selection')).toBe(false);
  });

  it('reads an editor inside an open shadow root', () => {
    document.body.innerHTML = '<main><p>Kop van de pagina.</p><rich-editor></rich-editor></main>';
    const root = document.querySelector('rich-editor')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true">Wij staan voor een gemeente waar iedereen meetelt.</div>';
    const parts = readDraft(false, document);
    expect(find(parts, 'shadow-editor')).toContain('iedereen meetelt');
  });

  it('adds the selection as its own part when asked', () => {
    document.body.innerHTML =
      '<main><p id="a">Een eerste alinea die niet gekozen is.</p><p id="b">Deze alinea is geselecteerd door de gebruiker en telt wel mee.</p></main>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('b')!);
    document.getSelection()!.addRange(range);
    expect(find(readDraft(true, document), 'selection')).toBe('Deze alinea is geselecteerd door de gebruiker en telt wel mee.');
  });

  it('falls back to the body without a main element', () => {
    document.body.innerHTML = '<div><p>Tekst zonder main element, maar met genoeg woorden.</p></div>';
    expect(find(readDraft(false, document), 'page')).toContain('Tekst zonder main element');
  });
});

describe('readSelection', () => {
  it('needs three words and never reads password fields', () => {
    expect(wordCount('twee woorden')).toBe(2);
    document.body.innerHTML = '<input id="pw" type="password" value="een twee drie vier"><textarea id="ta">een twee drie vier</textarea>';
    const pw = document.getElementById('pw') as HTMLInputElement;
    pw.focus();
    pw.select();
    expect(readSelection(document)).toBeNull();
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(0, ta.value.length);
    expect(readSelection(document)?.text).toBe('een twee drie vier');
    ta.setSelectionRange(0, 8);
    expect(readSelection(document)).toBeNull();
  });
});

describe('checkToMarkdown', () => {
  it('writes a shareable summary with steps, statuses, quotes and advice', () => {
    const { engine } = realEngine();
    const result = checkResponse(engine, 'Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting. Zie *dit* [link](x).');
    const md = checkToMarkdown(result, 'nl', 'Nota | test', new Date('2026-11-28'));
    expect(md).toMatch(/^# Checklist antidiscriminatiebeleid: Nota \\\| test/);
    expect(md).toContain('## Doelen en een plan');
    expect(md).toContain('✅ **Gedekt**: Is er geld gereserveerd');
    expect(md).toContain('> Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting.');
    expect(md).toContain('Voeg toe:');
    expect(md).toContain('2026-11-28');
    expect(md.match(/^- /gm)).toHaveLength(24);
  });
});

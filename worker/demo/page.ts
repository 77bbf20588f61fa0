/**
 * GET /: a short Dutch sample draft (a kadernota of a fictional municipality)
 * so a new user can try the extension at once: select a passage, or open the
 * popup and choose "Controleer deze pagina". It has a paragraph, a textarea
 * and an editable section, the three places the extension must work.
 */
export const DEMO_PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concept kadernota Gelijke behandeling – Voorbeeldstad (demo Wegwijzer)</title>
<style>
  :root { color-scheme: light dark; }
  body { font: 17px/1.6 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #151515; } a { color: #8cf; } }
  header p { font-size: .95rem; opacity: .85; }
  .hint { border-left: 4px solid #0b5cad; padding: .5rem 1rem; background: rgba(11, 92, 173, .08); }
  textarea { width: 100%; min-height: 9rem; font: inherit; }
  [contenteditable] { border: 1px dashed #888; padding: .5rem; }
</style>
</head>
<body>
<header>
  <p class="hint">Dit is een <strong>demopagina</strong> van Wegwijzer antidiscriminatiebeleid. Selecteer een passage van een paar woorden en kies de knop <em>Wegwijzer</em>, of open de extensie en kies <em>Controleer deze pagina</em>. Meer uitleg staat in de <a href="/readme">README</a>.</p>
</header>
<main>
<article>
<h1>Concept kadernota Gelijke behandeling Voorbeeldstad 2026–2029</h1>

<h2>1. Waarom deze nota</h2>
<p>Iedereen in Voorbeeldstad moet mee kunnen doen, op school, op het werk en in de buurt. Toch krijgen inwoners ook hier met discriminatie te maken. Onze ambitie is dat Voorbeeldstad in 2029 een gemeente is waar discriminatie wordt herkend en aangepakt, en waar iedereen weet waar hij terechtkan.</p>

<h2>2. Wat speelt er?</h2>
<p>Vorig jaar registreerde de antidiscriminatievoorziening 23 meldingen uit Voorbeeldstad. Dat is minder dan het jaar daarvoor.</p>
<p>Jongeren met een migratieachtergrond vertellen dat ze vaker worden afgewezen voor een stageplaats en dat werkgevers hen minder vaak uitnodigen voor een sollicitatiegesprek. In het uitgaansgebied weigeren portiers soms jongeren van kleur de toegang.</p>
<p>Op de particuliere huurmarkt wijzen verhuurders woningzoekenden af vanwege hun afkomst. Inwoners met een beperking lopen aan tegen ontoegankelijke gebouwen en websites van de gemeente.</p>

<h2>3. Onze aanpak</h2>
<p>Met een campagne in de hele stad willen we de norm uitdragen dat iedereen hier welkom is. Op de amateurvelden gaan we met de voetbalclubs in gesprek over spreekkoren langs de lijn.</p>
<p>De antidiscriminatievoorziening blijft inwoners onafhankelijk bijstaan bij een klacht en registreert de meldingen, zoals de wet voorschrijft.</p>

<h2>4. Middelen en planning</h2>
<label for="budget">Ruimte voor de paragraaf over middelen (nog in te vullen):</label>
<textarea id="budget">Voor de uitvoering van dit plan trekken we structureel 150.000 euro per jaar uit in de programmabegroting. Eind 2027 hebben alle middelbare scholen een lesprogramma over discriminatie en melden.</textarea>

<h2>5. Verantwoording</h2>
<div contenteditable="true" aria-label="Paragraaf verantwoording (bewerkbaar)">
  <p>Het college informeert de gemeenteraad elk jaar met een voortgangsbrief over de uitvoering van deze kadernota.</p>
</div>
</article>
</main>
</body>
</html>
`;

/**
 * Pins a shadow host in place above the page. Inline `!important` beats any
 * page stylesheet, even `* { display: none !important }`, so hostile or
 * careless page CSS cannot hide or move the button or the panel.
 */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  transform: 'none',
  filter: 'none',
  clip: 'auto',
  'clip-path': 'none',
};

export function pinHost(host: HTMLElement, placement: Record<string, string>) {
  for (const [k, v] of Object.entries({ ...HOST_STYLE, ...placement })) host.style.setProperty(k, v, 'important');
}

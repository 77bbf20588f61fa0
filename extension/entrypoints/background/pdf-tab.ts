/**
 * A PDF shown in the browser's own viewer: no content script runs there, so
 * the page check cannot read it from the page. The extension page that asked
 * fetches and parses the file itself (pdf.js stays out of the service worker).
 */
import { browser } from 'wxt/browser';

/** An address whose path ends in .pdf. */
export function isPdfAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return ['http:', 'https:', 'file:'].includes(u.protocol) && /\.pdf$/i.test(u.pathname);
  } catch {
    return false;
  }
}

/**
 * The address of the PDF the tab shows, or null: by its address, else (a
 * download link such as /document?id=7) by the document's content type,
 * which the user's click on the extension lets us read.
 */
export async function pdfOfTab(tabId: number, url: string | undefined): Promise<string | null> {
  if (!url || !/^(https?|file):/.test(url)) return null;
  if (isPdfAddress(url)) return url;
  try {
    const [r] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType });
    return r?.result === 'application/pdf' ? url : null;
  } catch {
    return null;
  }
}

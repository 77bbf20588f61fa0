/**
 * Google Docs draws its text on a canvas: the page holds no draft to read.
 * The document is read through its plain-text export instead, with the
 * user's own Google session, once the user has allowed the extension to
 * reach docs.google.com (an optional permission, asked at first use).
 */

export const GOOGLE_DOCS_ORIGIN = 'https://docs.google.com';

/** The id of a Google Docs document from its address (…/document/d/ID/edit, also with /u/N/), or null. */
export function googleDocId(url: string | undefined): string | null {
  if (!url) return null;
  const m = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#]|$)/.exec(url);
  return m ? m[1] : null;
}

export const googleDocExport = (id: string) => `${GOOGLE_DOCS_ORIGIN}/document/d/${id}/export?format=txt`;

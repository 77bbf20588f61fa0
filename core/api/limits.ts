/**
 * Every size limit of the product, in one place: the selection, the menu
 * trigger, the extension's messages, the page reader and the API all use
 * these. Kept apart from the contract's schemas so the content script can
 * import it without them.
 */
export const LIMITS = {
  /** Characters in a highlighted passage. */
  matchChars: 10_000,
  /** Characters of a selection the extension takes in; a longer one is cut, and advice is given on its most telling part (≤ matchChars). */
  selectionChars: 200_000,
  /** Words a page, frame or document must have before the check gives a verdict on it. */
  minDraftWords: 150,
  /** Bytes in a match request body: 10,000 characters, escaped, fit easily. */
  matchBodyBytes: 64 * 1024,
  /** Bytes in a check request body. */
  checkBodyBytes: 1024 * 1024,
  /** Characters in a search query. */
  queryChars: 200,
  maxSearchLimit: 100,
} as const;

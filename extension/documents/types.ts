import type { Heading } from './blocks';

export type DocumentKind = 'docx' | 'odt' | 'pdf' | 'txt' | 'md';

/** A document as read: its text as light Markdown, what it is called and how long it is. */
export interface DocumentText {
  /** The file name. */
  name: string;
  kind: DocumentKind;
  /** Headings as "# " lines, list items as "- " lines, paragraphs apart by a blank line. */
  text: string;
  /** The document's own title (PDF metadata), else its first heading, else the file name. */
  title: string;
  headings: Heading[];
  words: number;
  /** PDF only. */
  pages?: number;
}

/**
 * The one place the document view asks for the checklist check. It goes the
 * way pasted text goes (server, or private mode in the browser), as text:
 * the file itself never leaves the extension.
 */
import { ask } from '@/utils/ask';

export const checkText = (text: string) => ask('check', { text });

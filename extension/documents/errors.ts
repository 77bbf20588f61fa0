/** Why a document could not be read, each with a locale key that says what to do about it. */
import type { MessageKey } from '@/utils/i18n';

export type DocumentErrorCode = 'unsupported' | 'too-large' | 'encrypted' | 'damaged' | 'scanned' | 'empty';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    readonly fileName: string,
    cause?: unknown,
  ) {
    super(`${fileName}: ${code}`, { cause });
    this.name = 'DocumentError';
  }
}

export const DOCUMENT_ERROR_TEXT: Record<DocumentErrorCode, MessageKey> = {
  unsupported: 'docErrorUnsupported',
  'too-large': 'docErrorTooLarge',
  encrypted: 'docErrorEncrypted',
  damaged: 'docErrorDamaged',
  scanned: 'docErrorScanned',
  empty: 'docErrorEmpty',
};

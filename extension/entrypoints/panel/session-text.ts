/**
 * What the panel says when its one-time session is gone (used once, older
 * than a minute, or the background could not be asked). Kept beside the panel
 * until it moves into the shared text tables (locales/nl.ts, en.ts).
 */
import type { Lang } from '@/utils/i18n';

export const SESSION_GONE: Record<Lang, string> = {
  nl: 'De geselecteerde tekst is hier niet meer beschikbaar: het panel is te lang open geweest of opnieuw geladen. Selecteer de tekst opnieuw en kies de Wegwijzer-knop.',
  en: 'The selected text is no longer available here: the panel was open too long or was reloaded. Select the text again and choose the Wegwijzer button.',
};

/**
 * The print view gets its report through the extension's session storage,
 * never through its address: the report quotes the user's draft, and an
 * address ends up in history and sync.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ReportInput } from './model';

export const printItem = storage.defineItem<ReportInput | null>('session:printReport', { fallback: null });

/** Stores the report and opens the print view in a new tab. */
export async function openPrintView(input: ReportInput): Promise<void> {
  await printItem.setValue(input);
  await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
}

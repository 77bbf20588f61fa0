/** Words as a reader counts them: runs of letters and digits. */
export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

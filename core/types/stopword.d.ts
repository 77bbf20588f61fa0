/** The part of the `stopword` package we use: its Dutch list. */
declare module 'stopword' {
  export const nld: string[];
}

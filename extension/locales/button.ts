/** The selection button's accessible name, on its own so the content script need not load all UI text. */
export const BUTTON_LABEL = { nl: 'Wegwijzer: advies bij selectie', en: 'Wegwijzer: advice on selection' } as const;

// pdf.js ships no types for its worker modules; they are only handed to pdf.js itself.
declare module 'pdfjs-dist/build/pdf.worker.mjs';
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

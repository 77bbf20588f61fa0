import preact from '@preact/preset-vite';
import { createLogger } from 'vite';
import { defineConfig } from 'wxt';

/**
 * zod 4 ships comments Rollup cannot read as annotations; Rollup drops them and
 * says so for every entrypoint. Those lines only, and nothing else, are dropped.
 */
function quietAboutZodAnnotations() {
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  logger.warn = (msg, options) => {
    if (msg.includes('node_modules/zod/') && msg.includes('contains an annotation that Rollup cannot interpret')) return;
    warn(msg, options);
  };
  return logger;
}

/**
 * The API address is set at build time (WEGWIJZER_API_URL) and can be changed
 * in the options page. Its origin is the one host the extension may reach
 * without asking; localhost on any port is allowed for development.
 */
const API_URL = process.env.WEGWIJZER_API_URL ?? 'http://localhost:8787';
const apiOrigin = new URL(API_URL).origin;
const LOCAL = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  srcDir: 'extension',
  // A separate output folder lets two builds (say, a helper's and the tests') run side by side.
  outDir: process.env.WEGWIJZER_OUT_DIR ?? '.output',
  publicDir: 'extension/public',
  imports: false,
  vite: () => ({
    plugins: [preact()],
    customLogger: quietAboutZodAnnotations(),
    define: { 'import.meta.env.WEGWIJZER_API_URL': JSON.stringify(API_URL) },
    build: {
      target: 'es2022',
      // pdf.js's worker (1.2 MB) is one file by design, loaded only when a PDF is read.
      chunkSizeWarningLimit: 1500,
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: [...new Set([...LOCAL, `${apiOrigin}/*`])],
    // Other API addresses (a municipality's own server) are asked for in the options page: https only.
    optional_host_permissions: ['https://*/*'],
    // The panel is an extension page in a frame beside the selection; its address holds only a one-time session id.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['<all_urls>'] }],
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+W' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    // No frame-ancestors rule: the panel page is framed beside the selection. Pages that are not
    // web-accessible (popup, options) cannot be framed by a web page anyway.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          // Firefox builds MV2: optional origins are asked for through optional_permissions.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: { gecko: { id: 'wegwijzer@wegwijzer.example', data_collection_permissions: { required: ['none'] } } },
        }
      : {}),
  }),
});

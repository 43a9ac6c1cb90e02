import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const webDir = fileURLToPath(new URL('.', import.meta.url));
// Mantine blue.8: the primary colour of web/src/theme.ts as the app header shows it.
const THEME_COLOR = '#1971c2';

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [
    react(),
    // Offline use: the app shell is precached; a few API reads fall back to their last copy.
    // Registered by web/src/offline/register.ts; the app still works without it.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'e-Kinerja',
        short_name: 'e-Kinerja',
        description: 'Catat aktivitas harian dan kelola kinerja ASN, juga saat tidak ada sinyal.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [{ name: 'Catat aktivitas', url: '/aktivitas', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          // Reads the entry screen needs offline. Network first: a cached copy is used only when the server
          // cannot be reached (or, for the small reads, does not answer within seconds on a weak line).
          // Only 200 answers are kept, and the cache is deleted on logout (web/src/offline/engine.ts).
          {
            urlPattern: ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET'
              && (url.pathname === '/api/v1/auth/session' || url.pathname === '/api/v1/aktivitas/pilihan-rhk'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'ekinerja-api', networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 200, maxAgeSeconds: 45 * 24 * 3600 },
            },
          },
          {
            urlPattern: ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET'
              && (url.pathname === '/api/v1/aktivitas' || url.pathname.startsWith('/api/v1/kalender/pegawai/')),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'ekinerja-api-daftar', networkTimeoutSeconds: 15, cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 200, maxAgeSeconds: 45 * 24 * 3600 },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Phones on weak connections: keep chunks small and modern.
    target: 'es2022',
    chunkSizeWarningLimit: 300,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

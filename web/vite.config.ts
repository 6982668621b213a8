import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dashboard: built into dist/web, which `hookflow serve` serves at `/`. `npm run dev:web` proxies the API. */
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, reportCompressedSize: true, chunkSizeWarningLimit: 300 },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// In development (`npm run dev -w @tally/dashboard`) the API is the gateway's.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': gateway,
      '/oauth': gateway,
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
  },
});

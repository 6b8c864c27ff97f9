import { reactRouter } from '@react-router/dev/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { routeTexts } from './app/i18n/route-texts.ts';

// The server build's entry is server/app.ts, so Express and the React Router app share
// one module graph (and so one database instance).
export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { '#app': fileURLToPath(new URL('./app', import.meta.url)) } },
  build: {
    rollupOptions: isSsrBuild ? { input: './server/app.ts' } : undefined,
  },
  plugins: [reactRouter(), routeTexts(fileURLToPath(new URL('./app', import.meta.url)))],
}));

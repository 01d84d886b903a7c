import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The .ftl files live in ../locales, shared with the Rust side.
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URLs: the CSP allows fonts and images from 'self' only.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
})

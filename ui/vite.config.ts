import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * Fontsource's CSS names a .woff beside each .woff2; WebKitGTK always takes
 * the .woff2, so the .woff files would only weigh down the package (#12).
 */
function woff2Only(): Plugin {
  return {
    name: 'diwan-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/.*\.css$/.test(id)) return null
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null }
    },
  }
}

export default defineConfig({
  plugins: [woff2Only(), svelte()],
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

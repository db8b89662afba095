// Builds the page into ../wwwroot: one script and one stylesheet bundled by esbuild from src/ and the npm packages,
// plus the world basemap copied from world-atlas. Deterministic for a given lockfile, so the committed output can be
// checked against a fresh build (build.sh --check).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const out = new URL('../wwwroot/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: 'src/app.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  legalComments: 'eof',
  // Leaflet's stylesheet names a few images; inlining them keeps the page one script and one stylesheet.
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
});

copyFileSync('src/index.html', out + 'index.html');
copyFileSync('node_modules/world-atlas/countries-50m.json', out + 'countries-50m.json');
copyFileSync('node_modules/world-atlas/LICENSE', out + 'world-atlas-LICENSE.txt');

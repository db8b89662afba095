// Times @mozilla/readability over every page of a folder (*.html or *.html.gz) and prints one JSON line of figures.
// Usage: node bench.mjs DIR [REPEAT]
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const dir = process.argv[2];
const repeat = Number(process.argv[3] ?? 1);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".html") || f.endsWith(".html.gz"))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(dir, f));
    return f.endsWith(".gz") ? gunzipSync(bytes) : bytes;
  });

const quiet = new VirtualConsole(); // pages' own console noise and CSS parse errors are not ours to print
let failures = 0;
function extract(bytes) {
  try {
    const dom = new JSDOM(bytes, { url: "https://example.org/", virtualConsole: quiet });
    new Readability(dom.window.document).parse();
    dom.window.close();
  } catch {
    failures++;
  }
}

for (const page of pages) extract(page); // warm-up
failures = 0;
const totalBytes = pages.reduce((sum, p) => sum + p.length, 0);
const start = process.hrtime.bigint();
for (let r = 0; r < repeat; r++) for (const page of pages) extract(page);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const count = pages.length * repeat;
console.log(JSON.stringify({
  name: "readability.js 0.6.0 + jsdom 27.0.0",
  pages: count,
  seconds,
  pagesPerSecond: count / seconds,
  megabytesPerSecond: (totalBytes * repeat) / 1e6 / seconds,
  msPerPage: (seconds * 1000) / count,
  failures,
  peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
}));

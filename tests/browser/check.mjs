// Opens every HTML output under the given folders in headless Chromium (Debian's, driven by
// puppeteer-core) and checks what html.md asks: zero axe-core violations of the WCAG 2.0/2.1
// A and AA rules, no sideways scrolling of the page at 320 CSS px, no request leaving the file,
// no script, one h1. Saves a screenshot of the first screen of each page, at desktop width and
// at 320 px, to SCREENSHOTS. Exit status 0 when every page passes, 1 otherwise.
//
// usage: node check.mjs SCREENSHOTS DIR...
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [shots, ...dirs] = process.argv.slice(2);
if (!shots || dirs.length === 0) {
  console.error("usage: node check.mjs SCREENSHOTS DIR...");
  process.exit(2);
}

function htmlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.isFile() && e.name.endsWith(".html")) out.push(p);
  }
  return out.sort();
}

// Screenshot names: the page's path under its folder argument, with that folder's name.
const names = new Map();
const files = dirs.flatMap((d) =>
  htmlFiles(d).map((f) => {
    names.set(f, path.join(path.basename(path.resolve(d)), path.relative(d, f)));
    return f;
  }),
);
if (files.length === 0) {
  console.error("no HTML files under " + dirs.join(", "));
  process.exit(1);
}
fs.mkdirSync(shots, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "voortgang-chromium-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  userDataDir: profile,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});

let failures = 0;
function fail(file, message) {
  failures++;
  console.log(`FAIL ${file}: ${message}`);
}

try {
  for (const file of files) {
    const page = await browser.newPage();
    const external = [];
    await page.setRequestInterception(true);
    page.on("request", (r) => {
      const url = r.url();
      if (url.startsWith("file://") || url.startsWith("data:")) return r.continue();
      external.push(url);
      r.abort();
    });
    const name = names.get(file).replace(/[\/]/g, "_");
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
    for (const url of external) fail(file, "request leaves the file: " + url);
    const facts = await page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      h1: document.querySelectorAll("h1").length,
      lang: document.documentElement.lang,
      title: document.title,
    }));
    if (facts.scripts !== 0) fail(file, `${facts.scripts} script element(s)`);
    if (facts.h1 !== 1) fail(file, `${facts.h1} h1 elements, expected 1`);
    if (facts.lang !== "nl") fail(file, `lang="${facts.lang}", expected "nl"`);
    if (!facts.title) fail(file, "no title");
    await page.screenshot({ path: path.join(shots, name + ".desktop.png") });
    for (const width of [1280, 320]) {
      await page.setViewport({ width, height: width === 320 ? 640 : 900 });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
          resultTypes: ["violations"],
        }),
      );
      for (const v of result.violations) {
        const where = v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(" | ");
        fail(file, `axe ${v.id} at ${width}px (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${where}`);
      }
    }
    // WCAG 1.4.10 Reflow: at 320 CSS px the page itself does not scroll sideways.
    const reflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    if (reflow.scroll > reflow.inner)
      fail(file, `scrolls sideways at 320px: scrollWidth ${reflow.scroll} > innerWidth ${reflow.inner}`);
    await page.screenshot({ path: path.join(shots, name + ".320.png") });
    console.log(`checked ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`${files.length} page(s), ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);

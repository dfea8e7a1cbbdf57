// Opens every HTML page of the built site (served on loopback by check.sh) in headless Chromium and
// fails on anything a reader would see as broken: a console error, a request that fails or answers
// >= 400, an image that did not render, a page without a title. Javadoc pages are sampled (their
// index pages), the guide's pages are all opened. Screenshots of the guide's pages go to
// target/site-check/ for a person to look at.
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [base, siteDir, shotsDir] = process.argv.slice(2);
mkdirSync(shotsDir, { recursive: true });

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(siteDir)
  .map((p) => relative(siteDir, p))
  .filter((p) => !p.startsWith('generated/api/') || /^generated\/api\/[^/]+\/index\.html$/.test(p));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
for (const path of pages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url || '';
    // Chromium asks every origin for /favicon.ico by itself; the Javadoc pages link none.
    if (where.endsWith('/favicon.ico')) return;
    problems.push(`${path}: console: ${m.text()} ${where}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: script error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`${path}: request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${path}: HTTP ${r.status()} ${r.url()}`); });
  await page.goto(`${base}/${path}`, { waitUntil: 'load' });
  const broken = await page.$$eval('img', (imgs) =>
    imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.getAttribute('src')));
  broken.forEach((src) => problems.push(`${path}: image did not render: ${src}`));
  if (!(await page.title())) problems.push(`${path}: no title`);
  if (!path.startsWith('generated/')) {
    await page.screenshot({ path: join(shotsDir, path.replaceAll('/', '_') + '.png'), fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`site check: ${pages.length} pages opened, ${problems.length} problems`);
problems.forEach((p) => console.log(`  ${p}`));
process.exit(problems.length === 0 ? 0 : 1);

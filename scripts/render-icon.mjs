#!/usr/bin/env node
// node scripts/render-icon.mjs: renders scripts/icon/icon.svg to media/icon.png (128×128, the
// Marketplace and Open VSX icon) with the same Chromium the UI tests use. Run it after editing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, driver, ROOT } from './lib/project.mjs';

build();
const { chromiumPath } = await driver('systemDeps');
const executablePath = chromiumPath();
if (!executablePath) {
  console.error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}
const svg = readFileSync(join(ROOT, 'scripts', 'icon', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const out = join(ROOT, 'media', 'icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}

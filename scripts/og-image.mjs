/**
 * Draws client/public/og-image.png, the 1200×630 picture Zalo and Facebook show for a shared link
 * (the server names it in og:image), from the app's own colours and star. Run once after a change of
 * the brand: `node scripts/og-image.mjs` (needs Chromium at CHROMIUM_PATH or /usr/bin/chromium).
 */
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../client/public/og-image.png', import.meta.url));
const HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
html,body{margin:0;width:1200px;height:630px}
body{font-family:'Be Vietnam Pro','Inter','Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;background:#b3141b;color:#fff;
  display:flex;align-items:center;justify-content:center}
.card{display:flex;align-items:center;gap:56px;padding:0 90px}
svg{width:260px;height:260px;flex:none}
h1{font-size:112px;margin:0;font-weight:800;letter-spacing:-2px}
p{font-size:44px;margin:16px 0 0;line-height:1.3;color:#ffe9a8}
.bar{position:absolute;left:0;right:0;bottom:0;height:18px;background:#ffd54a}
</style></head><body><div class="card">
<svg viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#ffffff22"/>
<path d="M16 6l2.9 6.6 7.1.6-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7L6 13.2l7.1-.6z" fill="#ffd54a"/></svg>
<div><h1>thidua</h1><p>Thi đua – Tuyên truyền Nghị quyết<br>Cuộc thi trực tuyến · Thi trực tiếp</p></div></div>
<div class="bar"></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(HTML);
  await page.screenshot({ path: OUT });
} finally {
  await browser.close();
}

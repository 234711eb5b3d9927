// Renders every diagram of processes/ with bpmn-js in Debian's headless Chromium (no browser is
// downloaded) to processes/pictures/<diagram>.svg, and each collapsed sub-process's own plane to
// <diagram>-<sub-process id>.svg. Each picture names the SHA-256 of the diagram it was drawn from, so a
// test can tell a picture older than its diagram. Usage: npm run render [-- path/to/one.bpmn]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const processes = resolve(here, '..');
const pictures = join(processes, 'pictures');
const viewer = readFileSync(join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');

function chromium() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find(c => c && existsSync(c));
  if (!found) {
    throw new Error('Chromium not found: install Debian\'s chromium or set CHROMIUM');
  }
  return found;
}

/** The page imports the diagram, draws every plane and leaves the pictures, base64, in the DOM. */
function page(xml) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="canvas" style="width:2400px;height:1600px"></div>
<script>${viewer.replace(/<\/script/gi, '<\\/script')}</script>
<script>
(async function () {
  const out = document.createElement('pre');
  out.id = 'pictures';
  try {
    const viewer = new BpmnJS({ container: '#canvas' });
    const result = await viewer.importXML(${JSON.stringify(xml)});
    const canvas = viewer.get('canvas');
    const pictures = {};
    for (const root of canvas.getRootElements()) {
      canvas.setRootElement(root);
      const { svg } = await viewer.saveSVG();
      const plane = root.businessObject.$type === 'bpmn:SubProcess' ? root.businessObject.id : '';
      pictures[plane] = btoa(unescape(encodeURIComponent(svg)));
    }
    out.textContent = JSON.stringify({ pictures, warnings: result.warnings.map(w => w.message) });
  } catch (e) {
    out.textContent = JSON.stringify({ error: String(e && e.message || e) });
  }
  document.body.appendChild(out);
})();
</script></body></html>`;
}

function render(file, work) {
  const xml = readFileSync(file, 'utf8');
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  const html = join(work, 'page.html');
  writeFileSync(html, page(xml));
  const dom = execFileSync(chromium(), ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files',
    '--virtual-time-budget=20000', `--user-data-dir=${join(work, 'profile')}`, '--dump-dom', `file://${html}`],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const match = dom.match(/<pre id="pictures">([\s\S]*?)<\/pre>/);
  if (!match) {
    throw new Error(`${basename(file)}: bpmn-js drew nothing`);
  }
  const text = match[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const result = JSON.parse(text);
  if (result.error) {
    throw new Error(`${basename(file)}: ${result.error}`);
  }
  if (result.warnings.length) {
    throw new Error(`${basename(file)}: ${result.warnings.join('; ')}`);
  }
  const name = basename(file, '.bpmn');
  // pictures of planes the diagram no longer has go
  for (const old of readdirSync(pictures).filter(f => f === `${name}.svg` || (f.startsWith(`${name}-`) && f.endsWith('.svg')))) {
    rmSync(join(pictures, old));
  }
  const written = [];
  for (const [plane, base64] of Object.entries(result.pictures)) {
    // bpmn-js names its arrow markers at random: numbered in order, a picture drawn again is the same file
    const markers = new Map();
    const svg = Buffer.from(base64, 'base64').toString('utf8')
      .replace(/marker-[a-z0-9]{16,}/g, id => {
        if (!markers.has(id)) markers.set(id, `marker-${markers.size + 1}`);
        return markers.get(id);
      })
      .replace(/(<svg[^>]*>)/, `$1<!-- drawn by processes/tools/render.mjs from processes/${name}.bpmn sha256:${hash} -->`);
    const target = join(pictures, plane ? `${name}-${plane}.svg` : `${name}.svg`);
    writeFileSync(target, svg);
    written.push(basename(target));
  }
  return written;
}

const files = process.argv.length > 2 ? process.argv.slice(2).map(f => resolve(f))
  : readdirSync(processes).filter(f => f.endsWith('.bpmn')).map(f => join(processes, f));
mkdirSync(pictures, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'render-'));
try {
  for (const file of files) {
    console.log(`${basename(file)} → ${render(file, work).join(', ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Lays out a diagram from a grid: processes/tools/layouts/<diagram>.json places every flow node of every
// plane (the process and each collapsed sub-process) in a column and a row; this script computes the
// shapes, the orthogonal flows and the label positions, and rewrites the diagram's BPMNDiagram elements
// (the process model itself is left byte for byte). Usage: npm run layout [-- <diagram> …]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';

const here = dirname(fileURLToPath(import.meta.url));
const processes = resolve(here, '..');

let TASK = { width: 130, height: 90 };
const GATEWAY = { width: 50, height: 50 };
const EVENT = { width: 36, height: 36 };
const GAP = 30;            // between columns, wider where a flow's label needs the room
const FLOW_LABEL = 84;     // the width a label beside a horizontal flow wraps at
const ROW = 170;           // row pitch
const LEFT = 100, TOP = 120;

const isA = (el, type) => el.$instanceOf(type);
function size(el) {
  if (isA(el, 'bpmn:Gateway')) return GATEWAY;
  if (isA(el, 'bpmn:Event')) return EVENT;
  return TASK;
}
const textWidth = text => Math.min(180, Math.max(30, Math.round(text.length * 6.2)));
const lines = (text, width) => Math.max(1, Math.ceil(text.length * 6.2 / width));

function layoutPlane(container, spec, out) {
  const elements = new Map((container.flowElements || []).map(e => [e.id, e]));
  const cells = spec.cells;
  for (const el of elements.values()) {
    if (!isA(el, 'bpmn:SequenceFlow') && !isA(el, 'bpmn:BoundaryEvent') && !cells[el.id]) {
      throw new Error(`${container.id}: ${el.id} has no cell`);
    }
  }
  // column widths from the widest element in each column
  const columns = [];
  const gaps = [];
  for (const [id, [col]] of Object.entries(cells)) {
    const el = elements.get(id);
    if (!el) throw new Error(`${container.id}: cell for unknown ${id}`);
    columns[col] = Math.max(columns[col] || 0, size(el).width);
  }
  // a named flow that leaves its column sideways to the next one gets the room for its label
  for (const flow of elements.values()) {
    if (!isA(flow, 'bpmn:SequenceFlow') || !flow.name || !cells[flow.sourceRef.id] || !cells[flow.targetRef.id]) continue;
    const [sc, sr] = cells[flow.sourceRef.id], [tc, tr] = cells[flow.targetRef.id];
    if (sr === tr && tc === sc + 1) {
      gaps[sc] = Math.max(gaps[sc] || GAP, Math.min(textWidth(flow.name), FLOW_LABEL) + 16);
    }
  }
  for (const [col, gap] of Object.entries(spec.gaps || {})) {
    gaps[col] = Math.max(gaps[col] || GAP, gap);
  }
  const colX = [];
  let x = LEFT;
  for (let c = 0; c < columns.length; c++) {
    const w = columns[c] || 36;
    colX[c] = x + w / 2;
    x += w + (gaps[c] || GAP);
  }
  const minRow = Math.floor(Math.min(...Object.values(cells).map(([, r]) => r),
    ...Object.values(spec.routes || {}).filter(r => r.channel !== undefined).map(r => r.channel)));
  const rowY = r => TOP + (r - minRow) * ROW + TASK.height / 2;
  const box = {};
  for (const [id, [col, row]] of Object.entries(cells)) {
    const s = size(elements.get(id));
    box[id] = { x: colX[col] - s.width / 2, y: rowY(row) - s.height / 2, width: s.width, height: s.height };
  }
  // boundary events on the host's top or bottom edge
  for (const el of elements.values()) {
    if (!isA(el, 'bpmn:BoundaryEvent')) continue;
    const host = box[el.attachedToRef.id];
    const [side, offset] = (spec.boundary || {})[el.id] || ['bottom', 0.7];
    box[el.id] = { x: host.x + host.width * offset - 18, y: side === 'top' ? host.y - 18 : host.y + host.height - 18,
      width: 36, height: 36, side };
  }
  const cx = b => b.x + b.width / 2, cy = b => b.y + b.height / 2;
  const shapes = [];
  const edges = [];
  for (const el of elements.values()) {
    if (isA(el, 'bpmn:SequenceFlow')) continue;
    const b = box[el.id];
    let label = '';
    const external = isA(el, 'bpmn:Event') || isA(el, 'bpmn:Gateway');
    if (external && el.name) {
      const w = 90, h = lines(el.name, 90) * 14;
      const where = (spec.labels || {})[el.id]
        || (isA(el, 'bpmn:Gateway') ? 'above' : b.side === 'bottom' ? 'left' : b.side === 'top' ? 'right' : 'below');
      let lx = cx(b) - w / 2, ly = where === 'above' ? b.y - 6 - h : b.y + b.height + 6;
      if (where === 'left') { lx = b.x - w - 4; ly = b.side === 'top' ? b.y - h + 8 : b.y + b.height; }
      if (where === 'right') { lx = b.x + b.width + 2; ly = b.side === 'top' ? b.y - h + 10 : b.y + b.height; }
      if (Array.isArray(where)) { lx = cx(b) + where[0]; ly = cy(b) + where[1]; }
      label = `<bpmndi:BPMNLabel><dc:Bounds x="${Math.round(lx)}" y="${Math.round(ly)}" width="${w}" height="${h}" /></bpmndi:BPMNLabel>`;
    }
    const attrs = isA(el, 'bpmn:ExclusiveGateway') ? ' isMarkerVisible="true"'
      : isA(el, 'bpmn:SubProcess') ? ' isExpanded="false"' : '';
    shapes.push(`      <bpmndi:BPMNShape id="${el.id}_di" bpmnElement="${el.id}"${attrs}>
        <dc:Bounds x="${Math.round(b.x)}" y="${Math.round(b.y)}" width="${b.width}" height="${b.height}" />${label ? '\n        ' + label : ''}
      </bpmndi:BPMNShape>`);
  }
  for (const flow of elements.values()) {
    if (!isA(flow, 'bpmn:SequenceFlow')) continue;
    const s = box[flow.sourceRef.id], t = box[flow.targetRef.id];
    if (!s || !t) throw new Error(`${container.id}: flow ${flow.id} from ${flow.sourceRef.id} to ${flow.targetRef.id} has an end without a cell`);
    const route = (spec.routes || {})[flow.id];
    let points;
    const gatewaySource = isA(flow.sourceRef, 'bpmn:Gateway'), gatewayTarget = isA(flow.targetRef, 'bpmn:Gateway');
    if (route && route.channel !== undefined) {
      // out of the source's top or bottom, along a channel, into the target's top or bottom
      const y = rowY(route.channel);
      const sy = y < cy(s) ? s.y : s.y + s.height;
      const ty = y < cy(t) ? t.y : t.y + t.height;
      const sx = route.sx !== undefined ? s.x + s.width * route.sx : cx(s);
      const tx = route.tx !== undefined ? t.x + t.width * route.tx : cx(t);
      points = [[sx, sy], [sx, y], [tx, y], [tx, ty]];
      if (route.intoSide) {
        const side = t.x > sx ? t.x : t.x + t.width;
        points = [[sx, sy], [sx, cy(t)], [side, cy(t)]];
      }
    } else if (s.side) {
      // boundary event: down or up to the target's middle, then sideways into it
      const sy = s.side === 'top' ? s.y : s.y + s.height;
      if (Math.abs(cx(s) - cx(t)) < 2) {
        points = [[cx(s), sy], [cx(t), cy(t) > sy ? t.y : t.y + t.height]];
      } else if (route && route.under) {
        const y = sy + route.under;
        points = [[cx(s), sy], [cx(s), y], [cx(t), y], [cx(t), y > cy(t) ? t.y + t.height : t.y]];
      } else {
        const side = cx(t) > cx(s) ? t.x : t.x + t.width;
        points = [[cx(s), sy], [cx(s), cy(t)], [side, cy(t)]];
      }
    } else if (Math.abs(cy(s) - cy(t)) < 2) {
      points = cx(t) > cx(s) ? [[s.x + s.width, cy(s)], [t.x, cy(t)]] : [[s.x, cy(s)], [t.x + t.width, cy(t)]];
    } else if (Math.abs(cx(s) - cx(t)) < 2) {
      points = cy(t) > cy(s) ? [[cx(s), s.y + s.height], [cx(t), t.y]] : [[cx(s), s.y], [cx(t), t.y + t.height]];
    } else if (gatewaySource && !(route && route.sideways)) {
      points = [[cx(s), cy(t) > cy(s) ? s.y + s.height : s.y], [cx(s), cy(t)], [cx(t) > cx(s) ? t.x : t.x + t.width, cy(t)]];
    } else if (gatewayTarget) {
      points = [[cx(t) > cx(s) ? s.x + s.width : s.x, cy(s)], [cx(t), cy(s)], [cx(t), cy(t) > cy(s) ? t.y : t.y + t.height]];
    } else {
      const mid = (s.x + s.width + t.x) / 2;
      points = [[s.x + s.width, cy(s)], [mid, cy(s)], [mid, cy(t)], [t.x, cy(t)]];
    }
    let label = '';
    if (flow.name) {
      const [[x0, y0], [x1, y1]] = points;
      const vertical = Math.abs(x0 - x1) < 1;
      const w = Math.min(textWidth(flow.name), vertical ? 110 : FLOW_LABEL), h = lines(flow.name, w) * 14;
      let lx, ly;
      const place = (spec.flowLabels || {})[flow.id];
      if (place) { [lx, ly] = [x0 + place[0], y0 + place[1]]; }
      // beside a vertical flow: clear of the tasks of the gateway's row
      else if (vertical) { lx = x0 + 5; ly = (y1 > y0 ? y0 + TASK.height / 2 - 20 : y0 - h - TASK.height / 2 + 20); }
      else { lx = (x1 > x0 ? x0 + 8 : x0 - w - 8); ly = y0 - h - 2; }
      label = `\n        <bpmndi:BPMNLabel><dc:Bounds x="${Math.round(lx)}" y="${Math.round(ly)}" width="${w}" height="${h}" /></bpmndi:BPMNLabel>`;
    }
    edges.push(`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">
${points.map(([px, py]) => `        <di:waypoint x="${Math.round(px)}" y="${Math.round(py)}" />`).join('\n')}${label}
      </bpmndi:BPMNEdge>`);
  }
  out.push({ container, xml: shapes.concat(edges).join('\n') });
  for (const el of elements.values()) {
    if (isA(el, 'bpmn:SubProcess')) {
      const sub = (spec.planes || {})[el.id];
      if (!sub) throw new Error(`${container.id}: sub-process ${el.id} has no plane in the layout`);
      layoutPlane(el, sub, out);
    }
  }
}

async function layout(name) {
  const file = join(processes, `${name}.bpmn`);
  const xml = readFileSync(file, 'utf8');
  const spec = JSON.parse(readFileSync(join(here, 'layouts', `${name}.json`), 'utf8'));
  TASK = spec.task ? { width: spec.task[0], height: spec.task[1] } : { width: 130, height: 90 };
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const process = rootElement.rootElements.find(e => isA(e, 'bpmn:Process'));
  const planes = [];
  layoutPlane(process, spec, planes);
  const diagrams = planes.map(({ container, xml: body }, i) => {
    const id = i === 0 ? spec.diagramId : `${container.id}_diagram`;
    const plane = i === 0 ? spec.planeId : `${container.id}_plane`;
    return `  <bpmndi:BPMNDiagram id="${id}">
    <bpmndi:BPMNPlane id="${plane}" bpmnElement="${container.id}">
${body}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>`;
  }).join('\n');
  const start = xml.indexOf('  <bpmndi:BPMNDiagram');
  const end = xml.lastIndexOf('</bpmn:definitions>');
  if (start < 0 || end < 0) throw new Error(`${name}: no BPMNDiagram to replace`);
  writeFileSync(file, xml.slice(0, start) + diagrams + '\n' + xml.slice(end));
}

const names = process.argv.length > 2 ? process.argv.slice(2)
  : readdirSync(join(here, 'layouts')).filter(f => f.endsWith('.json')).map(f => f.replace(/\.json$/, ''));
for (const name of names) {
  await layout(name);
  console.log(`${name}.bpmn laid out`);
}

// Small inline SVG charts of a share (0–100%) over a group's sessions, built node by node with
// createElementNS: no markup parsing, no inline styles (the stylesheet colours them by class).
import { uniqueId } from './dom.js';
import { currentLanguage } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 150;
// The margins around the plot, where the axis labels go.
const LEFT = 34, RIGHT = 8, TOP = 12, BOTTOM = 22;

function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A share (0–1) as a percentage the page's language's way: "46%", "46 %". */
export function percent(share) {
  return new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A bar per session, oldest on the left.
 *
 * @param points [{ label, long, value, note?, judged? }] value is a share from 0 to 1, or null when there
 *   is no figure (note then says why, instead of options.missing); judged false keeps a bar over the
 *   threshold from being marked
 * @param options { title, description, threshold?, thresholdLabel?, missing } missing explains a null
 */
export function shareChart(points, { title, description, threshold = null, thresholdLabel = '', missing = '–' }) {
  const titleId = uniqueId('chart-title');
  const descId = uniqueId('chart-desc');
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (share) => TOP + plotHeight * (1 - Math.max(0, Math.min(1, share)));
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.min(28, slot * 0.62);

  const chart = el('svg', {
    class: 'chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    focusable: 'false',
  }, el('title', { id: titleId }, title), el('desc', { id: descId }, description));

  for (const share of [0, 0.5, 1]) {
    chart.append(
      el('line', { class: 'chart-grid', x1: LEFT, x2: WIDTH - RIGHT, y1: y(share), y2: y(share) }),
      el('text', { class: 'chart-axis', x: LEFT - 5, y: y(share) + 3, 'text-anchor': 'end' }, percent(share)),
    );
  }

  points.forEach((point, i) => {
    const centre = LEFT + slot * (i + 0.5);
    const label = el('text', { class: 'chart-axis', x: centre, y: HEIGHT - 7, 'text-anchor': 'middle' }, point.label);
    if (point.value === null || point.value === undefined) {
      chart.append(el('g', { class: 'chart-missing' },
        el('title', {}, `${point.long}: ${point.note || missing}`),
        el('line', { x1: centre - barWidth / 2, x2: centre + barWidth / 2, y1: y(0) - 1, y2: y(0) - 1 }),
        el('text', { class: 'chart-value', x: centre, y: y(0) - 5, 'text-anchor': 'middle' }, '–')), label);
      return;
    }
    const over = threshold !== null && point.value > threshold && point.judged !== false;
    const top = y(point.value);
    chart.append(el('g', { class: over ? 'chart-bar is-over' : 'chart-bar' },
      el('title', {}, `${point.long}: ${percent(point.value)}`),
      el('rect', {
        x: centre - barWidth / 2, y: top, width: barWidth, height: Math.max(y(0) - top, 0.75), rx: 2,
      }),
      el('text', { class: 'chart-value', x: centre, y: Math.max(top - 3, TOP - 2), 'text-anchor': 'middle' },
        percent(point.value))), label);
  });

  if (threshold !== null) {
    chart.append(el('g', { class: 'chart-threshold' },
      el('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y(threshold), y2: y(threshold) }),
      el('text', { class: 'chart-axis', x: WIDTH - RIGHT, y: y(threshold) - 3, 'text-anchor': 'end' }, thresholdLabel)));
  }
  return chart;
}

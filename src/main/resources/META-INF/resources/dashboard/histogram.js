// Counts per year or month as an SVG bar chart; each bar links to that period's filtered view.
import { h, s } from './dom.js';

const HEIGHT = 160;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 36 };

/** Every period from the first to the last of the counts, the empty ones with 0. */
function fillPeriods(counts, interval) {
  if (counts.length === 0) return [];
  const byPeriod = new Map(counts.map((c) => [c.period, c.count]));
  const periods = counts.map((c) => c.period).sort();
  const [firstYear, firstMonth = 1] = periods[0].split('-').map(Number);
  const [lastYear, lastMonth = 1] = periods[periods.length - 1].split('-').map(Number);
  const filled = [];
  let year = firstYear;
  let month = firstMonth;
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const period = interval === 'month'
      ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
      : String(year).padStart(4, '0');
    filled.push({ period, count: byPeriod.get(period) || 0 });
    if (interval === 'month') {
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    } else {
      year += 1;
    }
  }
  return filled;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

function periodName(period) {
  const [year, month] = period.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
}

/**
 * Draws the histogram into container. periodHref(period) gives the link of a bar (the view
 * filtered to that period), onPeriod(period, event) handles its activation.
 */
export function renderHistogram(container, counts, interval, periodHref, onPeriod) {
  container.replaceChildren();
  const periods = fillPeriods(counts, interval);
  if (periods.length === 0) {
    container.append(h('p', { class: 'placeholder' }, 'No events match these filters.'));
    return;
  }
  const width = Math.max(container.clientWidth || 600, 280);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(...periods.map((p) => p.count));
  const slot = plotWidth / periods.length;
  const barWidth = Math.max(1, slot * 0.8);
  const total = counts.reduce((sum, c) => sum + c.count, 0);

  const svg = s('svg', {
    class: 'histogram-svg', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`,
    role: 'group', 'aria-label': `${total} events per ${interval}; each bar links to its period`,
  });
  // Value axis: 0, the maximum and a middle line when there is room.
  const ticks = max > 1 ? [0, Math.round(max / 2), max] : [0, max];
  for (const tick of new Set(ticks)) {
    const y = MARGIN.top + plotHeight - (tick / max) * plotHeight;
    svg.append(
      s('line', { class: 'grid', x1: MARGIN.left, x2: width - MARGIN.right, y1: y, y2: y }),
      s('text', { class: 'tick', x: MARGIN.left - 6, y: y + 4, 'text-anchor': 'end' }, tick),
    );
  }
  // Period labels: as many as fit, on round periods.
  const labelEvery = Math.max(1, Math.ceil(44 / slot));
  periods.forEach((p, i) => {
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    const barHeight = max ? (p.count / max) * plotHeight : 0;
    const label = `${periodName(p.period)}: ${p.count} event${p.count === 1 ? '' : 's'}`;
    if (p.count > 0) {
      const bar = s('a', {
        href: periodHref(p.period), class: 'bar-link', 'aria-label': label,
        onclick: (event) => onPeriod(p.period, event),
      },
      s('title', {}, label),
      s('rect', {
        class: 'bar', x, width: barWidth, y: MARGIN.top + plotHeight - barHeight,
        height: Math.max(barHeight, 1), 'data-period': p.period, 'data-count': p.count,
      }));
      svg.append(bar);
    }
    const labelled = interval === 'month'
      ? (p.period.endsWith('-01') && (Number(p.period.slice(0, 4)) % Math.ceil(labelEvery / 12) === 0))
        || (labelEvery === 1)
      : i % labelEvery === 0;
    if (labelled) {
      const text = interval === 'month' && labelEvery > 1 ? p.period.slice(0, 4) : p.period;
      svg.append(s('text', {
        class: 'tick', x: MARGIN.left + i * slot + slot / 2, y: HEIGHT - 10, 'text-anchor': 'middle',
      }, text));
    }
  });
  container.append(svg);
}

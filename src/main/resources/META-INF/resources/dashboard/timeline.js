// The visual timeline: one SVG that draws each event's date as what it is. A period is a bar
// from its earliest start to its latest end (solid where the event certainly ran, lighter where
// it only possibly did); an open end fades to the edge with an arrow; a single date is a dot
// (with a thin whisker over its month or year when it is not a day); approximate (~) and
// uncertain (?) dates are hatched and dashed, with the marker beside them.
import { DAY, dayValue, h, s, yearValue } from './dom.js';

const ROW = 34;
const AXIS_HEIGHT = 26;
const SIDE = 14;
const OPEN_PAD_YEARS = 1;
const CHAR_WIDTH = 7;
const TITLE_CHARS = 34;

/** The geometry of one event's date in time (milliseconds), independent of the scale. */
function shapeOf(event) {
  const d = event.date;
  const start = dayValue(d.start);
  const end = d.end ? dayValue(d.end) + DAY : null;
  const latestStart = d.latestStart ? dayValue(d.latestStart) : start;
  const earliestEnd = d.earliestEnd ? dayValue(d.earliestEnd) + DAY : end;
  const interval = d.edtf.includes('/');
  return {
    event,
    start,
    end,
    latestStart,
    earliestEnd,
    openStart: start === null,
    openEnd: end === null,
    kind: interval || start === null || end === null ? 'period' : 'point',
    qualified: d.approximate || d.uncertain,
    marker: (d.uncertain ? '?' : '') + (d.approximate ? '~' : ''),
  };
}

/** The shown time range: whole years around every known bound, and room for open ends. */
function domainOf(shapes, range) {
  const known = shapes.flatMap((x) => [x.start, x.end, x.latestStart, x.earliestEnd])
    .filter((t) => t !== null && t !== undefined);
  if (range.from !== null) known.push(range.from);
  if (range.to !== null) known.push(range.to);
  if (known.length === 0) {
    const year = new Date().getUTCFullYear();
    return [yearValue(year), yearValue(year + 1)];
  }
  let first = new Date(Math.min(...known)).getUTCFullYear();
  let last = new Date(Math.max(...known) - 1).getUTCFullYear() + 1;
  if (shapes.some((x) => x.openStart)) first -= OPEN_PAD_YEARS;
  if (shapes.some((x) => x.openEnd)) last += OPEN_PAD_YEARS;
  return [yearValue(first), yearValue(last)];
}

function yearStep(pixelsPerYear) {
  return [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000]
    .find((step) => step * pixelsPerYear >= 56) || 1000;
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function defs() {
  return s('defs', {},
    s('linearGradient', { id: 'tl-fade-right', x1: 0, x2: 1, y1: 0, y2: 0 },
      s('stop', { offset: '0', class: 'tl-stop' }),
      s('stop', { offset: '0.55', class: 'tl-stop' }),
      s('stop', { offset: '1', class: 'tl-stop tl-stop-clear' })),
    s('linearGradient', { id: 'tl-fade-left', x1: 1, x2: 0, y1: 0, y2: 0 },
      s('stop', { offset: '0', class: 'tl-stop' }),
      s('stop', { offset: '0.55', class: 'tl-stop' }),
      s('stop', { offset: '1', class: 'tl-stop tl-stop-clear' })),
    s('pattern', {
      id: 'tl-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    s('rect', { width: 6, height: 6, class: 'tl-hatch-ground' }),
    s('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'tl-hatch-line' })));
}

/**
 * Draws the events into container. range = {from, to} in milliseconds (or null) is shaded as
 * the filter's range. onSelect(id) is called when an event is chosen by mouse or keyboard.
 */
export function renderTimeline(container, events, range, selectedId, onSelect) {
  container.replaceChildren();
  if (events.length === 0) {
    container.append(h('p', { class: 'placeholder' }, 'No events to draw.'));
    return;
  }
  const width = Math.max(container.clientWidth || 800, 300);
  const shapes = events.map(shapeOf);
  const [t0, t1] = domainOf(shapes, range);
  const left = SIDE;
  const right = width - SIDE;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (right - left);

  // Lay out: each event's shape with its label above it, packed greedily into the first lane
  // that is free over the whole extent of both.
  const lanes = [];
  const placed = shapes.map((shape) => {
    const d = shape.event.date;
    const x0 = shape.openStart ? left : x(shape.start);
    const x1 = shape.openEnd ? right : x(shape.end);
    const pointX = (x0 + x1) / 2;
    const shapeLeft = shape.kind === 'point' ? Math.min(x0, pointX - 6) : x0;
    const shapeRight = shape.kind === 'point' ? Math.max(x1, pointX + 6) : x1;
    const room = Math.floor((right - left) / CHAR_WIDTH) - d.display.length - 5;
    const text = room >= 8
      ? `${d.display} · ${truncate(shape.event.title, Math.min(TITLE_CHARS, room))}`
      : d.display;
    const labelWidth = (text.length + (shape.marker ? shape.marker.length + 1 : 0)) * CHAR_WIDTH;
    // The label starts where the shape starts, moved left when it would leave the plot.
    const labelX = Math.max(left, Math.min(shapeLeft, right - labelWidth));
    const from = Math.min(shapeLeft, labelX);
    const to = Math.max(shapeRight, labelX + labelWidth);
    let lane = lanes.findIndex((end) => end + 10 <= from);
    if (lane < 0) {
      lane = lanes.length;
      lanes.push(0);
    }
    lanes[lane] = to;
    return { shape, x0, x1, pointX, text, labelX, lane };
  });

  const height = lanes.length * ROW + 10;
  const years = (t1 - t0) / (365.25 * DAY);
  const step = yearStep((right - left) / years);
  const firstYear = new Date(t0).getUTCFullYear();
  const lastYear = new Date(t1).getUTCFullYear();
  const ticks = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    ticks.push(year);
  }

  const axis = s('svg', {
    class: 'tl-axis', width, height: AXIS_HEIGHT, viewBox: `0 0 ${width} ${AXIS_HEIGHT}`,
    'aria-hidden': 'true',
  });
  axis.append(s('line', { class: 'tl-axis-line', x1: left, x2: right, y1: AXIS_HEIGHT - 1, y2: AXIS_HEIGHT - 1 }));
  for (const year of ticks) {
    const tx = x(yearValue(year));
    axis.append(
      s('line', { class: 'tl-tick', x1: tx, x2: tx, y1: AXIS_HEIGHT - 7, y2: AXIS_HEIGHT - 1 }),
      s('text', { class: 'tl-year', x: tx, y: AXIS_HEIGHT - 11, 'text-anchor': 'middle' }, year),
    );
  }

  const svg = s('svg', {
    class: 'tl-body', width, height, viewBox: `0 0 ${width} ${height}`, role: 'listbox',
    'aria-label': `Timeline of ${events.length} events from ${firstYear} to ${lastYear - 1}; use the arrow keys to move, Enter to show details`,
  });
  svg.append(defs());
  if (range.from !== null || range.to !== null) {
    const rx0 = range.from !== null ? Math.max(left, x(range.from)) : left;
    const rx1 = range.to !== null ? Math.min(right, x(range.to)) : right;
    svg.append(s('rect', { class: 'tl-range', x: rx0, y: 0, width: Math.max(rx1 - rx0, 1), height }));
  }
  for (const year of ticks) {
    const tx = x(yearValue(year));
    svg.append(s('line', { class: 'tl-grid', x1: tx, x2: tx, y1: 0, y2: height }));
  }

  const groups = [];
  placed.forEach((p) => {
    const { shape } = p;
    const e = shape.event;
    const y = 6 + p.lane * ROW + 22;
    const selected = e.id === selectedId;
    const g = s('g', {
      class: `tl-event tl-${shape.kind}${shape.qualified ? ' tl-qualified' : ''}${selected ? ' tl-selected' : ''}`,
      role: 'option',
      tabindex: -1,
      'aria-selected': selected ? 'true' : 'false',
      'aria-label': `${e.title}, ${e.date.display}`,
      'data-event-id': e.id,
      'data-edtf': e.date.edtf,
      'data-kind': shape.kind,
      'data-open-start': String(shape.openStart),
      'data-open-end': String(shape.openEnd),
      'data-approximate': String(e.date.approximate),
      'data-uncertain': String(e.date.uncertain),
    });
    g.append(s('title', {}, `${e.title}\n${e.date.display} (${e.date.edtf})`));
    if (shape.kind === 'point') {
      if (p.x1 - p.x0 > 4) {
        g.append(s('line', { class: 'tl-whisker', x1: p.x0, x2: p.x1, y1: y, y2: y }));
      }
      g.append(s('circle', { class: 'tl-dot', cx: p.pointX, cy: y, r: 5 }));
    } else {
      const barY = y - 5;
      g.append(s('rect', {
        class: 'tl-possible', x: p.x0, y: barY, width: Math.max(p.x1 - p.x0, 2), height: 10, rx: 2,
      }));
      // The certain part: from the latest start to the earliest end, open sides to the edge.
      const c0 = shape.openStart ? left : x(shape.latestStart);
      const c1 = shape.openEnd ? right : x(shape.earliestEnd);
      if (c1 > c0) {
        let fade = '';
        if (shape.openEnd && !shape.openStart) fade = ' tl-fade-right';
        else if (shape.openStart && !shape.openEnd) fade = ' tl-fade-left';
        g.append(s('rect', {
          class: `tl-certain${fade}`, x: c0, y: barY, width: c1 - c0, height: 10, rx: 2,
        }));
      }
      if (shape.openEnd) {
        g.append(s('path', {
          class: 'tl-arrow', 'data-open': 'end', d: `M${right - 7},${y - 8} L${right + 2},${y} L${right - 7},${y + 8} Z`,
        }));
      }
      if (shape.openStart) {
        g.append(s('path', {
          class: 'tl-arrow', 'data-open': 'start', d: `M${left + 7},${y - 8} L${left - 2},${y} L${left + 7},${y + 8} Z`,
        }));
      }
    }
    g.append(s('text', { class: 'tl-label', x: p.labelX, y: y - 9 },
      shape.marker ? s('tspan', { class: 'tl-marker' }, `${shape.marker} `) : null,
      p.text));
    g.addEventListener('click', () => onSelect(e.id));
    groups.push(g);
    svg.append(g);
  });

  // One tab stop; arrow keys move along the events in date order (a roving tabindex).
  let active = Math.max(0, groups.findIndex((g) => g.dataset.eventId === selectedId));
  groups[active].setAttribute('tabindex', '0');
  const focus = (index) => {
    groups[active].setAttribute('tabindex', '-1');
    active = (index + groups.length) % groups.length;
    groups[active].setAttribute('tabindex', '0');
    groups[active].focus();
  };
  svg.addEventListener('keydown', (event) => {
    const keys = {
      ArrowRight: active + 1, ArrowDown: active + 1, ArrowLeft: active - 1, ArrowUp: active - 1,
      Home: 0, End: groups.length - 1,
    };
    if (event.key in keys) {
      event.preventDefault();
      focus(keys[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(groups[active].dataset.eventId);
    }
  });

  container.append(axis, svg);
}

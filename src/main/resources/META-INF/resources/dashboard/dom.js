// Tiny helpers to build HTML and SVG elements without a framework.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An HTML element: h('p', {class: 'x'}, 'text', child). */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element. */
export function s(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** Milliseconds since the epoch of an ISO date (YYYY-MM-DD), or null. */
export function dayValue(iso) {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The first instant of a year, for years as far back as EDTF allows. */
export function yearValue(year) {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date.getTime();
}

export const DAY = 24 * 60 * 60 * 1000;

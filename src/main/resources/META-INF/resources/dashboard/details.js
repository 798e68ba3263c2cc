// The details of one event: date, summary, classification, actors, figures and formatted citations.
import { loadSource } from './api.js';
import { h } from './dom.js';

const QUALIFIERS = {
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  'at-most': 'at most',
  'less-than': 'less than',
};

const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

/** "more than 15,000 phone numbers", "USD 61,000,000", "38.6 percent". */
export function formatFigure(figure) {
  const value = numbers.format(Number(figure.value));
  const unit = figure.unit || '';
  // Currency codes go before the amount, as in the RIRs ("USD 61 million").
  const amount = /^[A-Z]{3}$/.test(unit) ? `${unit} ${value}` : `${value}${unit ? ` ${unit}` : ''}`;
  const qualifier = QUALIFIERS[figure.qualifier];
  return qualifier ? `${qualifier} ${amount}` : amount;
}

function term(labels, code) {
  return (labels && labels.get(code)) || code;
}

function row(name, ...values) {
  return [h('dt', {}, name), h('dd', {}, ...values)];
}

function citation(link) {
  const reference = h('p', { class: 'reference' }, 'Loading the reference…');
  const item = h('li', { class: 'citation', 'data-source-id': link.id },
    h('p', { class: 'in-text' }, link.citation),
    reference,
    link.pinpoint ? h('p', { class: 'pinpoint' }, 'Pinpoint: ', link.pinpoint) : null,
    link.quote
      ? h('blockquote', { class: 'quote', lang: link.quoteLanguage || null },
        h('p', {}, link.quote),
        link.translated ? h('p', { class: 'translated' }, '[translation]') : null)
      : null);
  loadSource(link.id).then(
    (source) => {
      reference.replaceChildren(source.reference);
      reference.classList.add('formatted');
      if (source.url) {
        reference.append(' ', h('a', { href: source.url, rel: 'noopener noreferrer' }, 'Open the source'));
      }
    },
    () => reference.replaceChildren('The full reference could not be loaded.'),
  );
  return item;
}

/**
 * Fills the details panel with an event. vocabularies = {topics, types, roles}: Maps from code
 * to label. onRelated(id) opens a related event.
 */
export function renderDetails(panel, event, vocabularies, onRelated) {
  const d = event.date;
  const qualifiers = [d.approximate ? 'approximate' : null, d.uncertain ? 'uncertain' : null]
    .filter(Boolean);
  panel.replaceChildren(...[
    h('h2', { id: 'details-heading' }, event.title),
    h('p', { class: 'details-date' },
      h('span', { class: 'display-date' }, d.display),
      ' ', h('code', { class: 'edtf', title: 'EDTF' }, d.edtf),
      qualifiers.length ? h('span', { class: 'qualifier-note' }, ` (${qualifiers.join(', ')})`) : null),
    event.summary ? h('p', { class: 'summary' }, event.summary) : null,
    h('dl', { class: 'facts' },
      row('Type', term(vocabularies.types, event.type)),
      event.topics.length
        ? row('Topics', event.topics.map((t) => term(vocabularies.topics, t)).join(', '))
        : null,
      row('Countries', [event.countries.join(', '), event.subdivision ? ` (${event.subdivision})` : '']
        .join('')),
      event.place ? row('Place', event.place) : null,
      row('Corroboration', `${event.corroboration.replace('-', ' ')} (${event.sourceCount} source${event.sourceCount === 1 ? '' : 's'})`)),
    event.actors.length
      ? h('section', { 'aria-label': 'Actors' },
        h('h3', {}, 'Actors'),
        h('ul', { class: 'actors' }, event.actors.map((a) => h('li', { 'data-actor-id': a.id },
          h('span', { class: 'actor-name' }, a.name), ' — ',
          h('span', { class: 'role' }, term(vocabularies.roles, a.role))))))
      : null,
    event.figures.length
      ? h('section', { 'aria-label': 'Figures' },
        h('h3', {}, 'Figures'),
        h('dl', { class: 'figures' }, event.figures.flatMap((f) => [
          h('dt', {}, f.label), h('dd', { class: 'figure' }, formatFigure(f))])))
      : null,
    event.related && event.related.length
      ? h('section', { 'aria-label': 'Related events' },
        h('h3', {}, 'Related events'),
        h('ul', { class: 'related' }, event.related.map((r) => h('li', {},
          `${r.relation.replace('-', ' ')}: `,
          h('a', {
            href: `?event=${encodeURIComponent(r.id)}`,
            onclick: (click) => { click.preventDefault(); onRelated(r.id); },
          }, r.title || r.id)))))
      : null,
    h('section', { 'aria-label': 'Sources' },
      h('h3', {}, 'Sources'),
      event.sources.length
        ? h('ol', { class: 'citations' }, event.sources.map(citation))
        : h('p', {}, 'No source cited.')),
    h('p', { class: 'permalink' },
      h('a', { href: `api/v1/events/${encodeURIComponent(event.id)}` }, 'This event as JSON'),
      ' · ',
      h('a', { href: `api/v1/events/${encodeURIComponent(event.id)}/history` }, 'History')),
  ].filter(Boolean));
}

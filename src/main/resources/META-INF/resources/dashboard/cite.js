// "Cite this view": a citable snapshot of the current filters, its citation and permalink to copy.
import { createSnapshot } from './api.js';

const panel = () => document.getElementById('citation');

/** Hides the citation: it no longer describes what the page shows. */
export function hideCitation() {
  const box = panel();
  if (box) box.hidden = true;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (ignored) {
    // Without the clipboard API (an insecure origin), copy what is selected.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  const label = button.textContent;
  button.textContent = 'Copied';
  setTimeout(() => { button.textContent = label; }, 1500);
}

/** Wires the button: it takes a snapshot of currentFilters() and shows what to cite. */
export function setUpCitation(button, currentFilters, showError) {
  const box = panel();
  const text = document.getElementById('citation-text');
  const link = document.getElementById('citation-permalink');
  const facts = document.getElementById('citation-facts');
  document.getElementById('copy-citation').addEventListener('click', (event) => copy(text.textContent, event.currentTarget));
  document.getElementById('copy-permalink').addEventListener('click', (event) => copy(link.href, event.currentTarget));
  document.getElementById('close-citation').addEventListener('click', () => { box.hidden = true; button.focus(); });
  button.addEventListener('click', async () => {
    button.disabled = true;
    box.dataset.state = 'loading';
    try {
      const snapshot = await createSnapshot(currentFilters());
      text.textContent = snapshot.citation;
      link.href = snapshot.permalink;
      link.textContent = snapshot.permalink;
      facts.textContent = `${snapshot.eventCount} event${snapshot.eventCount === 1 ? '' : 's'} as of ${snapshot.asOf}; SHA-256 ${snapshot.sha256}.`;
      box.dataset.snapshotId = snapshot.id;
      box.dataset.state = 'ready';
      box.hidden = false;
      box.focus();
    } catch (error) {
      box.dataset.state = 'error';
      showError(`The snapshot could not be taken: ${error.message}`);
    } finally {
      button.disabled = false;
    }
  });
}

/**
 * The HTML lists beside the pictures: what has no place on the time axis (durations, recurrences, undated values)
 * and the text fallback of each picture (every mark or node as a list item a screen reader reads and a keyboard
 * reaches). Each item is a button that selects its words in the editor. Text only, never HTML from the article.
 */
export interface ListItem {
  /** The words (bold), then what they mean, then the sentence. */
  words: string;
  meaning?: string;
  snippet?: string;
  onSelect(): void;
}

export function listSection(title: string, items: readonly ListItem[], className: string): HTMLElement {
  const section = document.createElement('section');
  section.className = className;
  const heading = document.createElement('h3');
  heading.textContent = `${title} (${items.length})`;
  section.append(heading, itemList(items, 'ul'));
  return section;
}

export function itemList(items: readonly ListItem[], tag: 'ul' | 'ol'): HTMLElement {
  const list = document.createElement(tag);
  for (const item of items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.className = 'list-words';
    button.textContent = item.words;
    button.title = 'Select in the editor';
    button.addEventListener('click', () => item.onSelect());
    li.append(button);
    if (item.meaning) li.append(document.createTextNode(` — ${item.meaning}`));
    if (item.snippet) {
      const snippet = document.createElement('span');
      snippet.className = 'list-snippet';
      snippet.textContent = item.snippet;
      li.append(snippet);
    }
    list.append(li);
  }
  return list;
}

/** A collapsed "as a list" block: the whole picture in words. */
export function fallbackList(summary: string, items: readonly ListItem[], tag: 'ul' | 'ol' = 'ol'): HTMLElement {
  const details = document.createElement('details');
  details.className = 'fallback';
  const title = document.createElement('summary');
  title.textContent = summary;
  details.append(title, itemList(items, tag));
  return details;
}

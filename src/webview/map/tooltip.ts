/**
 * The hover card of the Article Map: a small panel near the mark or node under the pointer (or the focused one),
 * kept inside the window. Its text is set as text, never as HTML: labels come from the article.
 */
export interface CardContent {
  title: string;
  lines: string[];
  /** Shown last, in italics: the sentence or a hint. */
  note?: string;
}

export class Tooltip {
  constructor(private readonly element: HTMLElement) {}

  show(content: CardContent, anchor: { x: number; y: number } | DOMRect): void {
    const el = this.element;
    el.replaceChildren();
    const title = document.createElement('div');
    title.className = 'card-title';
    title.textContent = content.title;
    el.append(title);
    for (const line of content.lines) {
      const row = document.createElement('div');
      row.className = 'card-line';
      row.textContent = line;
      el.append(row);
    }
    if (content.note) {
      const note = document.createElement('div');
      note.className = 'card-note';
      note.textContent = content.note;
      el.append(note);
    }
    el.hidden = false;
    const point = 'width' in anchor ? { x: anchor.left + anchor.width / 2, y: anchor.bottom } : anchor;
    const box = el.getBoundingClientRect();
    const margin = 8;
    let left = point.x + 12;
    let top = point.y + 12;
    if (left + box.width > window.innerWidth - margin) left = Math.max(margin, point.x - box.width - 12);
    if (top + box.height > window.innerHeight - margin) top = Math.max(margin, point.y - box.height - 12);
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}

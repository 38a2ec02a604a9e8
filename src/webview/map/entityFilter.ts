/**
 * The story scope's entity filter: a combobox (ARIA 1.2 pattern: a text input that owns a listbox popup). Typing
 * narrows the story's entities by name (case and accents aside, any word start or substring); ArrowDown/ArrowUp
 * move through the options, Enter chooses, Escape closes the list or, when it is closed, clears the filter. The
 * chosen entity is the filter; an empty input chosen with Enter means "everything". Text only, no HTML from names.
 */
import type { FilterEntity } from '../../extension/features/map/storyMap';

/** Options shown at once: the list is for choosing, typing narrows it further. */
const MAX_OPTIONS = 60;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export class EntityFilter {
  private entities: readonly FilterEntity[] = [];
  private current: FilterEntity | null = null;
  private shown: FilterEntity[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly clear: HTMLButtonElement,
    private readonly choose: (entity: FilterEntity | null) => void,
  ) {
    input.addEventListener('input', () => this.open());
    input.addEventListener('focus', () => input.select());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => {
      this.close();
      this.input.value = this.current?.name ?? '';
    });
    // mousedown, not click: a click would blur the input (and close the list) before it lands.
    list.addEventListener('mousedown', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (!option) return;
      event.preventDefault();
      this.pick(this.shown[Number(option.dataset.index)] ?? null);
    });
    clear.addEventListener('click', () => this.pick(null));
  }

  /** The story's entities and the filter in effect (from the extension: it drops a key the index lost). */
  set(entities: readonly FilterEntity[], current: FilterEntity | null): void {
    this.entities = entities;
    this.current = current;
    if (document.activeElement !== this.input) this.input.value = current?.name ?? '';
    this.clear.hidden = current === null;
  }

  private matches(query: string): FilterEntity[] {
    const q = fold(query.trim());
    if (!q) return this.entities.slice(0, MAX_OPTIONS);
    const starts: FilterEntity[] = [];
    const contains: FilterEntity[] = [];
    for (const entity of this.entities) {
      const name = fold(entity.name);
      if (name.startsWith(q) || name.includes(` ${q}`)) starts.push(entity);
      else if (name.includes(q)) contains.push(entity);
      if (starts.length >= MAX_OPTIONS) break;
    }
    return starts.concat(contains).slice(0, MAX_OPTIONS);
  }

  private open(): void {
    this.shown = this.matches(this.input.value);
    this.active = this.shown.length > 0 && this.input.value.trim() ? 0 : -1;
    const options = this.shown.map((entity, index) => {
      const option = document.createElement('li');
      option.id = `filter-option-${index}`;
      option.setAttribute('role', 'option');
      option.dataset.index = String(index);
      option.setAttribute('aria-selected', String(entity.key === this.current?.key));
      const name = document.createElement('span');
      name.className = 'filter-name';
      name.textContent = entity.name;
      const detail = document.createElement('span');
      detail.className = 'filter-detail';
      detail.textContent = `${entity.typeLabel} · ${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}`;
      option.append(name, detail);
      return option;
    });
    if (options.length === 0) {
      const none = document.createElement('li');
      none.className = 'filter-none';
      none.textContent = 'No entity of the story has that name';
      options.push(none);
    }
    this.list.replaceChildren(...options);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private highlight(): void {
    for (const option of this.list.querySelectorAll<HTMLElement>('[role="option"]')) {
      option.classList.toggle('active', Number(option.dataset.index) === this.active);
    }
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `filter-option-${this.active}`);
      document.getElementById(`filter-option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    const isOpen = !this.list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!isOpen) this.open();
        if (this.shown.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : this.shown.length - 1) : (this.active + step + this.shown.length) % this.shown.length;
        this.highlight();
        return;
      }
      case 'Enter': {
        event.preventDefault();
        if (!this.input.value.trim()) this.pick(null);
        else if (isOpen && this.active >= 0) this.pick(this.shown[this.active]);
        return;
      }
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
          this.input.value = this.current?.name ?? '';
        } else if (this.current) {
          event.preventDefault();
          this.pick(null);
        }
        return;
    }
  }

  private pick(entity: FilterEntity | null): void {
    this.close();
    this.current = entity;
    this.input.value = entity?.name ?? '';
    this.clear.hidden = entity === null;
    this.choose(entity);
  }
}

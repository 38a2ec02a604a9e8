/**
 * The Article Map panel's HTML: a strict Content-Security-Policy (nothing by default; the one bundled script by
 * nonce; styles, images and fonts only from the extension through `webview.cspSource`; pictures being exported are
 * drawn from `data:`/`blob:` URLs made in the page itself), and the page's empty frame. Nothing remote, ever.
 * Pure: the panel passes in the URIs as strings.
 */
export interface MapHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh for every page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

/** 32 characters from [A-Za-z0-9], from any source of random bytes. */
export function makeNonce(randomBytes: (n: number) => Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(32)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource}`,
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function mapHtml(options: MapHtmlOptions): string {
  const { cspSource, nonce, scriptUri, styleUri } = options;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttribute(styleUri)}">
<title>Article Map</title>
</head>
<body>
<main id="article-map" aria-busy="true">
  <header class="map-toolbar">
    <div class="map-tabs" role="tablist" aria-label="Pictures">
      <button role="tab" id="tab-timeline" aria-controls="picture-timeline" aria-selected="true" data-picture="timeline">Timeline</button>
      <button role="tab" id="tab-graph" aria-controls="picture-graph" aria-selected="false" data-picture="graph" tabindex="-1">Who said what</button>
    </div>
    <span id="map-title" class="map-title"></span>
    <span id="map-status" class="map-status" role="status" aria-live="polite"></span>
    <div class="map-actions">
      <button class="map-export" data-format="svg" title="Export this picture as SVG">Export SVG</button>
      <button class="map-export" data-format="png" title="Export this picture as PNG">Export PNG</button>
    </div>
  </header>
  <div class="map-scopebar">
    <div class="map-scope" role="radiogroup" aria-label="What to draw">
      <button role="radio" id="scope-article" aria-checked="true" data-scope="article">This article</button>
      <button role="radio" id="scope-story" aria-checked="false" data-scope="story" tabindex="-1">The story</button>
    </div>
    <div id="map-filter" class="map-filter" hidden>
      <label for="filter-input">About</label>
      <div class="filter-box">
        <input id="filter-input" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="filter-list" placeholder="everyone and everything" autocomplete="off" spellcheck="false">
        <ul id="filter-list" class="filter-list" role="listbox" aria-label="Entities of the story" hidden></ul>
      </div>
      <button id="filter-clear" class="filter-clear" title="Show everything in the story" hidden>Clear</button>
    </div>
  </div>
  <p id="map-empty" class="map-empty" hidden></p>
  <section id="picture-timeline" class="picture" role="tabpanel" aria-labelledby="tab-timeline"></section>
  <section id="picture-graph" class="picture" role="tabpanel" aria-labelledby="tab-graph" hidden></section>
  <div id="map-tooltip" class="map-tooltip" role="tooltip" hidden></div>
</main>
<script nonce="${nonce}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>`;
}

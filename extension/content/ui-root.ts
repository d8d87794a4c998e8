// The extension's own UI on a page (overlays, card, notices) lives in one shadow root outside every editor.
let root: ShadowRoot | undefined;
/**
 * Closed: a page's scripts cannot reach into it to read a card or find its buttons. Builds for the browser tests
 * (WXT_E2E_HOOKS) keep it open, because Playwright's locators cannot enter a closed root.
 */
const shadowMode: ShadowRootMode = import.meta.env.WXT_E2E_HOOKS === '1' ? 'open' : 'closed';
/** The keys of the stylesheets each root has adopted. */
const sheetKeys = new WeakMap<ShadowRoot, Set<string>>();

export function uiRoot(): ShadowRoot {
  if (root?.host.isConnected) return root;
  const host = document.createElement('trustlint-ui');
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  root = host.attachShadow({ mode: shadowMode });
  document.documentElement.append(host);
  return root;
}

/**
 * Adds a stylesheet to the shadow root once per key. An adopted, constructed sheet: a strict style-src (the
 * extension's own pages, many sites) refuses inline <style> text but not adopted sheets.
 */
export function addShadowStyle(key: string, css: string): void {
  const shadow = uiRoot();
  const keys = sheetKeys.get(shadow) ?? new Set<string>();
  if (keys.has(key)) return;
  sheetKeys.set(shadow, keys.add(key));
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts cannot adopt a sheet they construct; a <style> element works there.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

// The extension's own UI on a page (overlays, card, notices) lives in one shadow root outside every editor.
let root: ShadowRoot | undefined;

export function uiRoot(): ShadowRoot {
  if (root?.host.isConnected) return root;
  const host = document.createElement('trustlint-ui');
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  root = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  return root;
}

/** Adds a stylesheet to the shadow root once per key. */
export function addShadowStyle(key: string, css: string): void {
  const shadow = uiRoot();
  if (shadow.querySelector(`style[data-key="${key}"]`)) return;
  const style = document.createElement('style');
  style.dataset.key = key;
  style.textContent = css;
  shadow.append(style);
}

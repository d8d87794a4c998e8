// Code that the tests run inside extension pages and the service worker sees the extension API as `chrome`.
declare const chrome: typeof import('wxt/browser').browser;

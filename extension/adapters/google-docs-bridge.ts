// The message bridge between the content script (isolated world) and the script in the Docs page's own world,
// where Google Docs offers its annotated-text API. Both sides share one document, so they talk through DOM events
// whose details are JSON strings (objects do not cross between worlds).

/** Where the isolated world leaves this extension's id for the page-world script (see google-docs-page.ts). */
export const extensionIdAttribute = 'data-trustlint-extension-id';
const requestEvent = 'trustlint:docs-request';
const responseEvent = 'trustlint:docs-response';

export type BridgeCommand =
  | { op: 'read' }
  | { op: 'select'; start: number; end: number }
  /** `expected` is the document's text the edit was computed on; the page refuses if Docs holds anything else. */
  | { op: 'replace'; start: number; end: number; text: string; expected: string };

/** `text` is the document's annotated text after the command. */
export type BridgeAnswer = { ok: true; text: string } | { ok: false; reason: string };

type Envelope<T> = T & { id: number };

let lastId = 0;

/** Sends a command to the page world; resolves with its answer, or a refusal when the page does not answer in time. */
export function askPage(command: BridgeCommand, timeoutMs: number): Promise<BridgeAnswer> {
  const id = ++lastId;
  return new Promise((resolve) => {
    const finish = (answer: BridgeAnswer) => {
      clearTimeout(timer);
      document.removeEventListener(responseEvent, onAnswer);
      resolve(answer);
    };
    const onAnswer = (event: Event) => {
      const answer = parse<Envelope<BridgeAnswer>>(event);
      if (answer?.id !== id) return;
      const { id: _answered, ...rest } = answer;
      finish(rest);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'Google Docs did not answer.' }), timeoutMs);
    document.addEventListener(responseEvent, onAnswer);
    document.dispatchEvent(new CustomEvent(requestEvent, { detail: JSON.stringify({ ...command, id }) }));
  });
}

/** Answers the isolated world's commands (runs in the page's world). */
export function answerCommands(handle: (command: BridgeCommand) => Promise<BridgeAnswer>): () => void {
  const onRequest = (event: Event) => {
    const request = parse<Envelope<BridgeCommand>>(event);
    if (!request) return;
    void handle(request)
      .catch((error: unknown): BridgeAnswer => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
      .then((answer) => document.dispatchEvent(new CustomEvent(responseEvent, { detail: JSON.stringify({ ...answer, id: request.id }) })));
  };
  document.addEventListener(requestEvent, onRequest);
  return () => document.removeEventListener(requestEvent, onRequest);
}

function parse<T extends { id: number }>(event: Event): T | undefined {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return undefined;
  try {
    const value = JSON.parse(detail) as T;
    return typeof value?.id === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

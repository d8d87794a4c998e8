// A text sent as a change against the last one: a page typing at the end of a 25k-word draft sends the words typed,
// not the draft, each check. Light: content scripts use it.
import { sharedEnd, sharedStart } from '../../core/shared-text.ts';

/** The stretch of `before` ([start, end)) that `text` replaces to give the new text. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** The replacement from `before` to `after`: what lies between their common start and common end. */
export function changeBetween(before: string, after: string): Replacement {
  // Found by native comparisons of whole prefixes and suffixes, not character by character: a loop over a 25k-word
  // draft took up to 30 ms before it was compiled (profiled on the review page).
  const start = before === after ? before.length : sharedStart(before, after);
  const common = before === after ? 0 : sharedEnd(before, after, start);
  return { start, end: before.length - common, text: after.slice(start, after.length - common) };
}

/** A change as a page sends it: against its text numbered `base`, which had `baseLength` characters. */
export interface TextChange extends Replacement {
  base: number;
  baseLength: number;
}

/** The sending side: numbers each editor's texts, and gives each after the first as a change against the last. */
export class SentTexts {
  private readonly texts = new Map<string, { version: number; text: string }>();

  next(editor: string, text: string): { version: number; change?: TextChange } {
    const last = this.texts.get(editor);
    const version = (last?.version ?? 0) + 1;
    this.texts.set(editor, { version, text });
    if (!last) return { version };
    return { version, change: { base: last.version, baseLength: last.text.length, ...changeBetween(last.text, text) } };
  }

  forget(editor: string): void {
    this.texts.delete(editor);
  }

  /** Drops every editor whose key starts with `prefix` (a lane's). */
  forgetAll(prefix: string): void {
    for (const key of this.texts.keys()) if (key.startsWith(prefix)) this.texts.delete(key);
  }
}

/** Editors whose last text is kept; past this, the least recently checked one's next change is refused (resent whole). */
const maxEditors = 64;

/** The last text received from each editor, by the number its sender gave it. */
export class ReceivedTexts {
  private readonly texts = new Map<string, { version: number; text: string }>();

  /**
   * The text a request stands for: its own, or its change applied to the last one received from that editor.
   * Undefined when the change is not against that text (the worker restarted, a message was lost): the page then
   * sends the whole text. A numbered text becomes the one later changes apply to.
   */
  receive(editor: string, request: { text: string; version?: number; change?: TextChange }, maxChars: number): string | undefined {
    const { change, version } = request;
    let text = request.text;
    if (change) {
      const last = this.texts.get(editor);
      if (!last || last.version !== change.base || last.text.length !== change.baseLength || change.end > change.baseLength)
        return undefined;
      if (change.baseLength - (change.end - change.start) + change.text.length > maxChars) return undefined;
      text = last.text.slice(0, change.start) + change.text + last.text.slice(change.end);
    }
    if (version !== undefined) {
      // Re-inserted, so the map's order is the order of use and a page with many editors cannot grow it without end.
      this.texts.delete(editor);
      this.texts.set(editor, { version, text });
      for (const oldest of this.texts.keys()) {
        if (this.texts.size <= maxEditors) break;
        this.texts.delete(oldest);
      }
    }
    return text;
  }

  forget(editor: string): void {
    this.texts.delete(editor);
  }

  /** Drops every editor whose key starts with `prefix` (a tab's). */
  forgetAll(prefix: string): void {
    for (const key of this.texts.keys()) if (key.startsWith(prefix)) this.texts.delete(key);
  }
}

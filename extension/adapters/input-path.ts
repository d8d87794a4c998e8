// Writes through the browser's editing commands: they fire beforeinput/input and join the undo stack.

export function selectRange(range: Range): void {
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Replaces the current selection with `text` as if typed; throws when the editor refuses. */
export function typeOverSelection(text: string): void {
  const accepted = text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
  if (!accepted) throw new Error('The editor did not accept the change.');
}

/** Lets the editor (and any framework re-render) settle before the result is read back. */
export function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// Copies text for the user where a fix cannot be applied. The copy command, answered by filling the copy event,
// works during the user's click with no permission, no element on the page and no focus change; the async
// clipboard is the fallback (a page's permissions policy can deny it to frames, or leave it waiting on a prompt).
export async function copyText(text: string): Promise<boolean> {
  let filled = false;
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    filled = true;
  };
  document.addEventListener('copy', fill, { capture: true, once: true });
  document.execCommand('copy');
  document.removeEventListener('copy', fill, { capture: true });
  if (filled) return true;
  return navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}

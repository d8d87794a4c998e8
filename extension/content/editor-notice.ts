// A small notice under an editor whose text could not be checked ("not checked: too slow"), so that a failed
// check is seen where the user writes and not only in the console. Kept in trustlint's shadow root; the
// editor's DOM is never touched.
import { addShadowStyle, uiRoot } from './ui-root.ts';

const noticeCss = `
.editor-notice { position: absolute; max-width: 420px; padding: 2px 8px; box-sizing: border-box; pointer-events: none;
  font: 12px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #82071e; background: #fff8f7;
  border: 1px solid #ffcecb; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
@media (prefers-color-scheme: dark) { .editor-notice { color: #ffa198; background: #25171c; border-color: #6e2a2c; } }
`;

export class EditorNotice {
  private notice: HTMLElement | undefined;
  private readonly place = () => this.position();

  constructor(private readonly editor: HTMLElement) {}

  show(text: string): void {
    addShadowStyle('editor-notice', noticeCss);
    if (!this.notice) {
      this.notice = document.createElement('div');
      this.notice.className = 'editor-notice';
      this.notice.setAttribute('role', 'status');
      uiRoot().append(this.notice);
      addEventListener('scroll', this.place, { capture: true, passive: true });
      addEventListener('resize', this.place, { passive: true });
    }
    this.notice.textContent = text;
    this.notice.title = text;
    this.position();
  }

  hide(): void {
    this.notice?.remove();
    this.notice = undefined;
    removeEventListener('scroll', this.place, { capture: true });
    removeEventListener('resize', this.place);
  }

  /** Just below the editor's bottom-left corner, in page coordinates (the shadow host sits at the page origin). */
  private position(): void {
    if (!this.notice) return;
    const rect = this.editor.getBoundingClientRect();
    this.notice.style.left = `${rect.left + scrollX}px`;
    this.notice.style.top = `${rect.bottom + scrollY + 2}px`;
    this.notice.style.maxWidth = `${Math.max(rect.width, 160)}px`;
  }
}

// Opens the review page (the document assistant) in a new tab.
import { browser } from 'wxt/browser';

export async function openReviewPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
}

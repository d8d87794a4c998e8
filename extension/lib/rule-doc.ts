// Explain opens the rule's documentation page in a tab. The worker opens it, because a content script cannot.
import { browser } from 'wxt/browser';
import type { PageRequest } from './messages.ts';

export function ruleDocUrl(ruleId: string): string {
  return `${browser.runtime.getURL('/rule.html')}?id=${encodeURIComponent(ruleId)}`;
}

export function openRuleDoc(ruleId: string): void {
  void browser.runtime.sendMessage({ type: 'open-rule', ruleId } satisfies PageRequest);
}

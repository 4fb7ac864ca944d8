/**
 * The editor's own words that more than one part of it uses. Each is a function so msg() is
 * asked while a render runs in the element's language (src/i18n/localization.ts).
 */
import {msg, str} from '@lit/localize';
import type {EntryProblem} from './numbers.js';

export function problemWords(problem: EntryProblem, decimal: boolean): string {
  switch (problem) {
    case 'not-a-number':
      return decimal
        ? msg('不是数字：请只填数字，可带小数，如 96171.6', {id: 'editor-problem-not-number-decimal'})
        : msg('不是数字：请只填数字，如 1363', {id: 'editor-problem-not-number'});
    case 'negative':
      return msg('不能是负数', {id: 'editor-problem-negative'});
    case 'not-whole':
      return msg('件数须是整数', {id: 'editor-problem-not-whole'});
    case 'too-large':
      return msg('数字太大', {id: 'editor-problem-too-large'});
  }
}

export const blankWord = () => msg('空', {id: 'editor-blank'});

export const filledWords = (count: number) => msg(str`已填入 ${count} 个单元格。`, {id: 'editor-filled'});

/**
 * The editor's own words that more than one part of it uses. Each is a function so msg() is
 * asked while a render runs in the element's language (src/i18n/localization.ts).
 */
import {currentLocale, msg, str} from '../i18n/localization.js';
import type {EntryProblem} from './numbers.js';
import type {PastePlan} from './paste-place.js';

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

/** Two sentences as one message: Chinese runs them on, English puts a space between. */
const sentences = (first: string, second: string) => (currentLocale() === 'en' ? `${first} ${second}` : first + second);

/**
 * What a paste did: how many cells it filled and on what basis, and what had no place in the table.
 * `undivided`: the table on show has （六）其他处理 as one row (the 2019 layout).
 */
export function pastedWords(plan: PastePlan, count: number, undivided: boolean): string {
  const {rows, rowsLeftOut, cellsLeftOut} = plan;
  const filled =
    plan.by === 'label'
      ? msg(str`已按行标签填入 ${count} 个单元格。`, {id: 'editor-pasted-by-label'})
      : plan.by === 'other-layout'
        ? undivided
          ? msg(str`粘贴的 ${rows} 行是 2021 年格式的表三，已按该格式逐行对应，填入 ${count} 个单元格。`, {
              id: 'editor-pasted-as-2021',
            })
          : msg(
              str`粘贴的 ${rows} 行是 2019 年格式的表三（（六）其他处理为一行），已按该格式逐行对应，填入 ${count} 个单元格。`,
              {
                id: 'editor-pasted-as-2019',
              },
            )
        : filledWords(count);
  if (!cellsLeftOut) return filled;
  if (!rowsLeftOut)
    return sentences(filled, msg(str`${cellsLeftOut} 个单元格超出表格，未填入。`, {id: 'editor-pasted-cells-outside'}));
  const left = msg(str`${rowsLeftOut} 行在本表中没有对应的行，共 ${cellsLeftOut} 个单元格未填入。`, {
    id: 'editor-pasted-rows-left-out',
  });
  return undivided && plan.by !== 'position'
    ? sentences(
        sentences(filled, left),
        msg('要填入（六）其他处理的三行，请先将其拆分为 2021 年格式的三行。', {id: 'editor-pasted-split-hint'}),
      )
    : sentences(filled, left);
}

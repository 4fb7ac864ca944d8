/**
 * The editor in a third locale from files and one registration: the test-only pseudo-locale (each
 * English text as "⟦…⟧", lang "qps"), registered with registerLocale() together with its editor
 * texts, drives every fixed text of <report-editor lang="qps">: the navigation, every block's
 * labels, legends, buttons, headers and hints, the findings and the messages. No Chinese or English
 * fixed text may be left, in the text a reader meets nor in the names a screen reader reads.
 */
import {expect, html} from '@open-wc/testing';
import '../../../src/editor/define.js';
import {EDITOR_BLOCKS, type ReportEditor} from '../../../src/editor/report-editor.js';
import {broken} from '../../../src/examples/index.js';
import {applicants} from '../../../src/examples/build.js';
import {enEditor} from '../../../src/model/texts/en.editor.js';
import {localeDefinition, registerLocale} from '../../../src/model/texts/locales.js';
import {PSEUDO, pseudo, pseudoLocale, stringsIn, untranslated} from '../../support/pseudo-locale.mjs';
import {mountEditor, root, showBlock} from '../../support/editor-helpers.js';

registerLocale(pseudoLocale(localeDefinition('en'), {editor: enEditor}));

beforeEach(() => localStorage.clear());

/** What a reader meets in the editor's own shadow root: text nodes, and the names and hints in attributes. */
function shownTexts(editor: ReportEditor): string[] {
  const shadow = root(editor);
  const texts: string[] = [];
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    if (node.textContent!.trim()) texts.push(node.textContent!.replace(/\u00ad/g, ''));
  }
  for (const element of shadow.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = element.getAttribute(name);
      if (value?.trim()) texts.push(value);
    }
  }
  return texts;
}

describe('report-editor in a pseudo-locale registered at run time', () => {
  it('every block of <report-editor lang="qps"> shows its labels, legends and buttons in it, no zh/en fixed text left', async () => {
    // A report in the 2019 layout with a sum that does not add up: the undivided row's note and
    // button, and a finding with its fill button, are on show too.
    const report = broken.undividedOther();
    report.requests.results.other = applicants(181, 5, 0, 0, 1, 0, 190);
    const previous = broken.previousYear();
    const editor = await mountEditor(
      html`<report-editor lang=${PSEUDO} .report=${report} .previous=${previous}></report-editor>`,
    );
    const own = stringsIn([report, previous]);
    let buttons = 0;
    for (const block of EDITOR_BLOCKS) {
      await showBlock(editor, block);
      const texts = shownTexts(editor);
      expect(texts.join(''), `${block}: pseudo texts are there`).to.include(pseudo('').slice(0, 1));
      expect(untranslated(texts, own), `${block}: fixed texts not in the pseudo-locale`).to.deep.equal([]);
      for (const element of root(editor).querySelectorAll('label, legend, button, summary, th')) {
        const words = element.textContent!.replace(/[\s\u00ad]+/g, '');
        if (words) expect(words, `${block}: <${element.localName}> ${words}`).to.match(/^⟦.*⟧$/);
      }
      buttons += root(editor).querySelectorAll('button').length;
    }
    expect(buttons, 'buttons were checked').to.be.greaterThan(10);
    expect(root(editor).querySelector('.findings'), 'the findings list is shown').to.exist;

    // A message the editor says after an action is the pseudo-locale's too.
    await showBlock(editor, 'requests');
    editor.fillAllTotals();
    await editor.updateComplete;
    const message = root(editor).querySelector('.message')!.textContent!.trim();
    expect(message).to.match(/^⟦.*⟧$/s);
    expect(untranslated([message], own)).to.deep.equal([]);
  });
});

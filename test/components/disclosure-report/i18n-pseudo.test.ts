/**
 * A third locale from files and one registration: the test-only pseudo-locale (each English text
 * as "⟦…⟧", lang "qps"), registered with registerLocale(), drives every fixed text a report shows:
 * headings, captions, units, every header, status and validation messages and the findings. No
 * Chinese or English fixed text may be left, and the tables' header chains still resolve.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import {broken} from '../../../src/examples/index.js';
import {registerLocale, localeDefinition} from '../../../src/model/texts/locales.js';
import {checkReport} from '../../../src/model/checks.js';
import {validateReport} from '../../../src/model/validate.js';
import type {DisclosureReport} from '../../../src/model/types.js';
import {allUpdated} from '../../support/report-helpers.js';
import {appealCells, checkCell, proactiveCells, requestCells} from '../../support/header-chains.js';
import {PSEUDO, pseudo, pseudoLocale, stringsIn, untranslated} from '../../support/pseudo-locale.mjs';

registerLocale(pseudoLocale(localeDefinition('en')));

/** A report with a finding, a blank cell, an invalid cell and notes. */
function flawed(): DisclosureReport {
  const report = broken.rowTotalOff();
  report.requests.results.withheld.stateSecret.naturalPerson = null;
  (report.requests.results.withheld.stateSecret as Record<string, unknown>).research = -3;
  return report;
}

const textsOf = (root: Node): string[] => {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Style sheets are not text a reader meets.
    if (node.parentElement?.closest('style')) continue;
    if (node.textContent!.trim()) texts.push(node.textContent!.replace(/\u00ad/g, ''));
  }
  return texts;
};

/** The report's own words, and what Intl writes for its dates, which no catalog holds. */
const ownWords = (report: unknown): string[] => {
  const words = stringsIn(report);
  const dates = words.filter((word) => /^\d{4}-\d{2}-\d{2}$/.test(word));
  for (const iso of dates) {
    const [y, m, d] = iso.split('-').map(Number);
    words.push(
      new Intl.DateTimeFormat(PSEUDO, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(Date.UTC(y!, m! - 1, d!))),
    );
  }
  return words;
};

describe('a pseudo-locale registered at run time', () => {
  it('a <disclosure-report lang="qps"> shows every fixed text in it, and its header chains resolve', async () => {
    const report = flawed();
    const element = await fixture<HTMLElement>(
      html`<div style="width: 1280px"><disclosure-report lang=${PSEUDO} audit .report=${report}></disclosure-report></div>`,
    );
    const host = element.querySelector('disclosure-report')!;
    await allUpdated(host);
    const root = host.shadowRoot!;
    expect(root.querySelector('.root')?.getAttribute('lang'), 'root language').to.equal(PSEUDO);

    // Findings and validation messages exist in the report, and are shown in the pseudo-locale.
    const findings = checkReport(validateReport(report).report!).filter((finding) => finding.kind === 'violation');
    expect(findings.length, 'the report has a finding').to.be.greaterThan(0);
    const text = root.textContent!.replace(/\u00ad/g, '');
    for (const finding of findings) expect(text, 'finding shown').to.include(finding.message[PSEUDO]);
    const issues = validateReport(report).issues.filter((issue) => issue.severity === 'error');
    expect(issues.length, 'the report has a validation error').to.be.greaterThan(0);
    for (const issue of issues) expect(issue.message[PSEUDO], 'issue message').to.match(/^⟦.*⟧$/s);

    expect(untranslated(textsOf(root), ownWords(report)), 'fixed texts not in the pseudo-locale').to.deep.equal([]);

    const headers = [...root.querySelectorAll('th')];
    expect(headers.length).to.be.greaterThan(50);
    for (const th of headers) {
      const label = th.textContent!.replace(/[\s\u00ad]+/g, '');
      if (label) expect(label, `th ${th.id}`).to.match(/^⟦.*⟧$/);
    }
    // The same chains as in zh and en, now with the pseudo-locale's labels.
    for (const [prefix, cells] of [
      ['t2', proactiveCells(false)],
      ['t3', requestCells(false)],
      ['t4', appealCells(false)],
    ] as const) {
      for (const cell of cells) checkCell(root, cell, prefix, PSEUDO);
    }
  });

  it('status messages: no report, and a value that is not a report', async () => {
    for (const value of [undefined, 'not a report']) {
      const element = await fixture<HTMLElement>(
        html`<disclosure-report lang=${PSEUDO} .report=${value}></disclosure-report>`,
      );
      await allUpdated(element);
      const texts = textsOf(element.shadowRoot!);
      expect(texts.length, `something is said for ${String(value)}`).to.be.greaterThan(0);
      expect(untranslated(texts, []), `status for ${String(value)}`).to.deep.equal([]);
      expect(texts.join(''), 'a pseudo text').to.include(pseudo('').slice(0, 1));
    }
  });
});
